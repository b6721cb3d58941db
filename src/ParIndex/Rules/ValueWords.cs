using System.Collections.Frozen;

namespace ParIndex.Rules;

/// <summary>
/// The one word list of the readers: how people write yes and no, "not applicable", "not done" and a blank answer in
/// a cell, in Vietnamese and English, with and without diacritics. Matched after trimming, in NFC, ignoring case.
/// The README's "Reading your files" section shows the same list (a test keeps them equal).
/// </summary>
internal static class ValueWords
{
    /// <summary>Yes (đạt): "x" is a ticked box.</summary>
    internal static readonly string[] Yes = ["yes", "y", "true", "1", "x", "có", "co", "đạt", "dat", "đạt yêu cầu"];

    /// <summary>No (không đạt).</summary>
    internal static readonly string[] No = ["no", "n", "false", "0", "không", "khong", "không đạt", "khong dat", "không đạt yêu cầu", "chưa đạt"];

    /// <summary>The criterion does not apply to the unit (không áp dụng).</summary>
    internal static readonly string[] NotApplicable = ["n/a", "na", "not applicable", "không áp dụng", "khong ap dung", "kad", "kapd"];

    /// <summary>A task that was not done (chưa thực hiện).</summary>
    internal static readonly string[] NotDone = ["not done", "chưa", "chua", "chưa thực hiện", "chua thuc hien", "không thực hiện", "khong thuc hien"];

    /// <summary>A blank survey answer (no answer, code 0): an empty cell, a dash, and the not-applicable spellings
    /// that statistics packages write for a missing value ("NA").</summary>
    internal static readonly string[] Blank = ["", "-", "–", ".", "n/a", "na", "null", "#n/a"];

    private static readonly FrozenSet<string> YesSet = Set(Yes);
    private static readonly FrozenSet<string> NoSet = Set(No);
    private static readonly FrozenSet<string> NotApplicableSet = Set(NotApplicable);
    private static readonly FrozenSet<string> NotDoneSet = Set(NotDone);
    private static readonly FrozenSet<string> BlankSet = Set(Blank);

    internal static bool IsYes(string text) => YesSet.Contains(Fold(text));

    internal static bool IsNo(string text) => NoSet.Contains(Fold(text));

    internal static bool IsNotApplicable(string text) => NotApplicableSet.Contains(Fold(text));

    internal static bool IsNotDone(string text) => NotDoneSet.Contains(Fold(text));

    internal static bool IsBlank(string text) => BlankSet.Contains(Fold(text));

    private static string Fold(string text) => Text.Nfc(text.Trim()).ToLowerInvariant();

    private static FrozenSet<string> Set(string[] words) => FrozenSet.ToFrozenSet(words, StringComparer.Ordinal);
}
