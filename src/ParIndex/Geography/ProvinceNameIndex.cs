namespace ParIndex.Geography;

/// <summary>The name keys of one list's units (see <see cref="NameKey"/>), with the aliases met in documents and the press.</summary>
internal sealed class ProvinceNameIndex
{
    /// <summary>Names that denote the same unit, as met in documents and the press (docs/background.md, "Provinces"). A group applies to a
    /// list whose unit bears one of its names; spellings that differ only by diacritics, case, dashes or spaces need no
    /// entry (the key folds them).</summary>
    internal static readonly string[][] Aliases =
    [
        ["Hồ Chí Minh", "TP HCM", "TPHCM", "HCM", "HCMC", "Sài Gòn"],
        ["Thừa Thiên Huế", "Huế", "TT-Huế"],
        ["Bà Rịa - Vũng Tàu", "BR-VT"],
        ["Đắk Lắk", "Đắc Lắc", "Đắc Lắk"],
        ["Đắk Nông", "Đắc Nông"],
        ["Bắc Kạn", "Bắc Cạn"],
        ["Hà Nội", "HN"],
    ];

    private readonly Dictionary<string, Province[]> _byKey = new(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, Province[]>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
#endif

    internal ProvinceNameIndex(IEnumerable<Province> provinces)
    {
        foreach (var province in provinces)
        {
            var names = new List<string> { province.Name, province.AsciiName, province.EnglishName };
            names.AddRange(Aliases.Where(group => group.Contains(province.Name, StringComparer.Ordinal)).SelectMany(group => group));
            foreach (var key in names.Select(NameKey.Of).Distinct(StringComparer.Ordinal))
            {
                // Two units under one key stay together: the match then fails as ambiguous rather than pick one.
                _byKey[key] = _byKey.TryGetValue(key, out var existing) ? [.. existing, province] : [province];
            }
        }
#if NET9_0_OR_GREATER
        _bySpan = _byKey.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    /// <summary>Gets every key with its units.</summary>
    internal IReadOnlyDictionary<string, Province[]> Keys => _byKey;

    /// <summary>Looks a name up; the result has one unit, several (ambiguous) or none.</summary>
    internal Province[] Find(ReadOnlySpan<char> name)
    {
        var buffer = name.Length <= NameKey.StackLimit ? stackalloc char[NameKey.StackLimit] : new char[name.Length];
        var key = buffer[..NameKey.Fold(name, buffer)];
#if NET9_0_OR_GREATER
        return _bySpan.TryGetValue(key, out var found) ? found : [];
#else
        return _byKey.TryGetValue(new string(key), out var found) ? found : [];
#endif
    }

    /// <summary>The units whose keys are nearest to the name's key by edit distance, nearest first, at most
    /// <paramref name="count"/>.</summary>
    internal ImmutableArray<Province> Nearest(string name, int count)
    {
        var key = NameKey.Of(name);
        return [.. _byKey
            .SelectMany(pair => pair.Value.Select(province => (Province: province, Distance: EditDistance(key, pair.Key))))
            .GroupBy(c => c.Province)
            .Select(g => (Province: g.Key, Distance: g.Min(c => c.Distance)))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Province.Code, StringComparer.Ordinal)
            .Take(count)
            .Select(c => c.Province)];
    }

    /// <summary>Levenshtein distance (insertions, deletions, substitutions).</summary>
    internal static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
