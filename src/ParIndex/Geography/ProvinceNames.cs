using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace ParIndex.Geography;

/// <summary>Matches provincial names as they appear in documents and spreadsheets to units of one list; users reach it
/// through <see cref="ProvinceList.Match"/> and <see cref="ProvinceList.TryMatch"/>.</summary>
/// <remarks>
/// <para>Accepted without configuration (variants met in documents and the press; docs/background.md): Unicode NFC or NFD; old or
/// new tone placement ("Hoà Bình", "Thanh Hoá", "Khánh Hoà"); any case; any dash or hyphen, with or without spaces
/// ("Bà Rịa - Vũng Tàu", "Bà Rịa–Vũng Tàu", "Bà Rịa-Vũng Tàu"); extra spaces; the prefixes "Tỉnh", "Thành phố",
/// "TP.", "TP", "T.P." and the English "Province" and "City"; ASCII without diacritics ("Ba Ria - Vung Tau"); English
/// names ("Hanoi", "Ho Chi Minh City"); written-together forms ("Daklak", "Kontum"); and the abbreviations and older
/// spellings of the notes ("TP HCM", "TP.HCM", "TPHCM", "HCM", "HCMC", "Sài Gòn", "TT-Huế", "BR-VT", "Đắc Lắc",
/// "Bắc Cạn", "HN").</para>
/// <para>A name is always matched against one list: "Lào Cai" is code 10 in the 63 list and code 15 (with Yên Bái) in
/// the 34 list. A name that matches no unit, or two, throws <see cref="DiagnosticException"/> listing the nearest
/// candidates; a match never picks one of two units. Thread-safe.</para>
/// </remarks>
internal static class ProvinceNames
{
    private const int CandidateCount = 3;

    /// <summary>Finds the unit of a list that a name denotes.</summary>
    /// <param name="name">The name as found, e.g. "TP.HCM" or "Thanh Hoá".</param>
    /// <param name="list">The list to match against.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DiagnosticException">The name matches no unit of the list, or more than one.</exception>
    public static Province Match(string name, ProvinceList list)
    {
        Preconditions.CheckNotNull(name, nameof(name));
        Preconditions.CheckNotNull(list, nameof(list));
        var found = list.Names.Find(name);
        return found.Length == 1 ? found[0] : throw Failure(name, list, found);
    }

    /// <summary>Finds the unit that a name denoted on a date (the list in force then, see <see cref="ProvinceList.ForDate"/>).</summary>
    /// <param name="name">The name as found.</param>
    /// <param name="date">The date of the document, e.g. an article's publication date.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before 1 August 2008.</exception>
    /// <exception cref="DiagnosticException">The name matches no unit of that list, or more than one.</exception>
    public static Province Match(string name, LocalDate date) => Match(name, ProvinceList.ForDate(date));

    /// <summary>Finds the unit of a list that a name denotes, without throwing.</summary>
    /// <param name="name">The name as found.</param>
    /// <param name="list">The list to match against.</param>
    /// <param name="province">The unit, when exactly one matches.</param>
    /// <returns><see langword="true"/> when exactly one unit matches; <see langword="false"/> when none or several do.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool TryMatch(string name, ProvinceList list, [NotNullWhen(true)] out Province? province)
    {
        Preconditions.CheckNotNull(name, nameof(name));
        var found = Preconditions.CheckNotNull(list, nameof(list)).Names.Find(name);
        province = found.Length == 1 ? found[0] : null;
        return province is not null;
    }

    private static ProvinceNameException Failure(string name, ProvinceList list, Province[] found)
    {
        if (found.Length > 1)
        {
            return new ProvinceNameException(name, list.Id, [.. found], ambiguous: true, note: null);
        }
        // A name of the 63 list that the 34 list no longer has ("Bà Rịa - Vũng Tàu"): say what it became.
        if (list.Id == ProvinceListId.Units34 && ProvinceList.Units63.Names.Find(name) is [var old])
        {
            var link = MergerLink.Of(old);
            return new ProvinceNameException(name, list.Id, [link.New], ambiguous: false,
                note: Invariant.Format($"{old.Name} ({old.Code}) is a unit of the 63-unit list; since {MergerLink.EffectiveDate:uuuu-MM-dd} it is part of {link.New.Name} ({link.New.Code})"));
        }
        // A blank name is near nothing: the first units of the list were offered as its "nearest".
        return new ProvinceNameException(name, list.Id, string.IsNullOrWhiteSpace(name) ? [] : list.Names.Nearest(name, CandidateCount), ambiguous: false, note: null);
    }
}
