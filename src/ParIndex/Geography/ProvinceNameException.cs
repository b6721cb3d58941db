namespace ParIndex.Geography;

/// <summary>Thrown when a provincial name matches no unit of a list, or more than one; lists the candidates.</summary>
/// <remarks>Its single <see cref="Diagnostic"/> has kind <see cref="DiagnosticKind.UnknownName"/> or
/// <see cref="DiagnosticKind.AmbiguousName"/>.</remarks>
internal sealed class ProvinceNameException : DiagnosticException
{
    internal ProvinceNameException(string name, ProvinceListId list, ImmutableArray<Province> candidates, bool ambiguous, string? note)
        : base("The provincial name could not be matched", [Describe(name, list, candidates, ambiguous, note)])
    {
        Name = name;
        List = list;
        Candidates = candidates;
        IsAmbiguous = ambiguous;
    }

    /// <summary>Gets the name as given.</summary>
    public string Name { get; }

    /// <summary>Gets the list it was matched against.</summary>
    internal ProvinceListId List { get; }

    /// <summary>Gets the units it matched (when ambiguous) or the nearest units by edit distance of the folded names
    /// (when unknown), nearest first; empty for a blank name.</summary>
    public ImmutableArray<Province> Candidates { get; }

    /// <summary>Gets whether the name matched more than one unit.</summary>
    public bool IsAmbiguous { get; }

    private static Diagnostic Describe(string name, ProvinceListId list, ImmutableArray<Province> candidates, bool ambiguous, string? note)
    {
        var names = string.Join(", ", candidates.Select(p => Invariant.Format($"{p.Name} ({p.Code})")));
        var message = ambiguous
            ? Invariant.Format($"'{name}' matches {candidates.Length} units of the {(int)list}-unit list: {names}; give the code or a fuller name")
            : string.IsNullOrWhiteSpace(name) ? Invariant.Format($"'{name}' is blank: give the name or code of a unit of the {(int)list}-unit list")
            : Invariant.Format($"'{name}' matches no unit of the {(int)list}-unit list{(note is null ? "" : "; " + note)}; nearest: {names}");
        return new Diagnostic(ambiguous ? DiagnosticKind.AmbiguousName : DiagnosticKind.UnknownName, null, message);
    }
}
