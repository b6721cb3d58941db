using NodaTime;

namespace ParIndex.Geography;

/// <summary>A reference to a provincial unit that cannot be ambiguous: a code together with its list, or with a date
/// that selects the list (before or from 1 July 2025).</summary>
/// <remarks>Immutable; equality by list and code.</remarks>
internal sealed record ProvinceReference
{
    private ProvinceReference()
    {
    }

    /// <summary>Gets the list.</summary>
    public ProvinceListId List { get; private init; }

    /// <summary>Gets the code within <see cref="List"/>.</summary>
    public string Code { get; private init; } = null!;

    /// <summary>Makes a reference from a list and a code.</summary>
    /// <param name="list">The list.</param>
    /// <param name="code">A code of that list, e.g. "52" (Bình Định in the 63 list, Gia Lai in the 34 list).</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">The list has no unit with <paramref name="code"/>, or <paramref name="list"/> is not defined.</exception>
    public static ProvinceReference Of(ProvinceListId list, string code)
    {
        Preconditions.CheckNotNull(code, nameof(code));
        Preconditions.CheckArgument(ProvinceList.Get(list).TryGet(code, out _), nameof(code), Invariant.Format($"The {(int)list}-unit list has no code '{code}'."));
        return new ProvinceReference { List = list, Code = code };
    }

    /// <summary>Makes a reference from a code as it was used on a date.</summary>
    /// <param name="date">The date the code was used; selects the list with <see cref="ProvinceList.ForDate"/>.</param>
    /// <param name="code">The code.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before 1 August 2008.</exception>
    /// <exception cref="ArgumentException">The list in force on that date has no unit with <paramref name="code"/>.</exception>
    public static ProvinceReference On(LocalDate date, string code) => Of(ProvinceList.ForDate(date).Id, code);

    /// <summary>Finds the unit.</summary>
    /// <returns>The unit of <see cref="List"/> with <see cref="Code"/>.</returns>
    public Province Resolve() => ProvinceList.Get(List)[Code];

    /// <summary>Formats as "63:52".</summary>
    /// <returns>The list's size and the code.</returns>
    public override string ToString() => Invariant.Format($"{(int)List}:{Code}");
}
