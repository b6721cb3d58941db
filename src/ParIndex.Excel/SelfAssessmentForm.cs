using ParIndex.Methodologies;
using ParIndex.Rules;
using ParIndex.Scoring;
using static System.FormattableString;

namespace ParIndex.Excel;

/// <summary>
/// Writes the self-assessment form (biểu tự đánh giá) of a methodology as an Excel workbook: the sheet a unit fills in
/// and <see cref="IndicatorsXlsx"/> reads back.
/// </summary>
/// <remarks>
/// <para>One row per leaf (tiêu chí thành phần), in the methodology's order, with the columns <c>unit, name, year</c>
/// (filled when given), <c>code, criterion, max_points, rule</c> (the rule in words), <c>enter</c> (what the value
/// looks like), <c>value</c> (the highlighted input cell, with a drop-down list có / không / không áp dụng where the
/// rule reads yes or no), the evidence (<c>document_number, issuer, document_date</c>) and the appraiser's columns
/// (<c>appraised, reason</c>). Only <c>unit, name, year, code, value</c> are read back. A second sheet,
/// <see cref="GuideSheetName"/>, says how to fill it in.</para>
/// <para>Thread-safe.</para>
/// </remarks>
public static class SelfAssessmentForm
{
    /// <summary>Gets the name of the form's sheet ("Tự đánh giá", self-assessment).</summary>
    public const string SheetName = "Tự đánh giá";

    /// <summary>Gets the name of the sheet that says how to fill in the form ("Hướng dẫn", guide).</summary>
    public const string GuideSheetName = "Hướng dẫn";

    private static readonly string[] Columns =
        ["unit", "name", "year", "code", "criterion", "max_points", "rule", "enter", "value", "document_number", "issuer", "document_date", "appraised", "reason"];

    private static readonly string[] YesNo = ["có", "không", "không áp dụng"];

    /// <summary>Writes the form.</summary>
    /// <param name="output">Where the .xlsx bytes go; left open.</param>
    /// <param name="methodology">The methodology whose leaves the form lists.</param>
    /// <param name="unit">The unit the form is for, written on every row; or <see langword="null"/> to leave it to
    /// the person filling in.</param>
    /// <param name="year">The assessment year, written on every row; or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> or <paramref name="methodology"/> is null.</exception>
    /// <exception cref="ArgumentException">The unit's code or name holds a control character (a NUL), which a workbook
    /// cannot hold.</exception>
    public static void Write(Stream output, Methodology methodology, AssessedUnit? unit, int? year)
    {
        Arguments.CheckNotNull(output);
        Arguments.CheckNotNull(methodology);
        // Refused before a byte is written: the workbook's XML would fail on it halfway.
        if (unit is not null && (CellText.NotForWorkbook(unit.Code, "the unit's code") ?? CellText.NotForWorkbook(unit.Name, "the unit's name")) is { } bad)
        {
            throw Arguments.Invalid(nameof(unit), bad);
        }
        var rows = methodology.Leaves.Select(leaf => (IReadOnlyList<object?>)
        [
            unit?.Code, unit?.Name, year, leaf.Code, leaf.Name, leaf.MaxPoints, leaf.Rule?.Describe(), Enter(leaf.Rule?.InputKind), null, null, null, null, null, null,
        ]);
        var choices = methodology.Leaves.Select((leaf, i) => (leaf, i)).Where(x => x.leaf.Rule?.InputKind == IndicatorKind.Flag).ToDictionary(x => x.i, _ => YesNo);
        // The guide is a sheet of its own: lines under the form would be read back as rows.
        var guide = new SpreadsheetTable(GuideSheetName, ["note"], [
            [Invariant($"{methodology.Title} ({methodology.Id}), {methodology.MaxPoints} points, {methodology.Leaves.Length} criteria.")],
            ["Fill in 'value' on every row of the sheet '" + SheetName + "' (\"không áp dụng\" where a criterion does not apply; a drop-down offers có / không where the rule reads yes or no)."],
            ["'enter' says what a value looks like; 'rule' how it is scored. Evidence and the appraiser's columns are for people: they are not read back."],
        ]);
        WorkbookWriter.Write(output, [new WorkbookWriter.SheetSpec(new SpreadsheetTable(SheetName, Columns, rows), Array.IndexOf(Columns, "value"), choices), new WorkbookWriter.SheetSpec(guide)]);
    }

    private static string Enter(IndicatorKind? kind) => kind switch
    {
        IndicatorKind.Percent => "a percentage, e.g. 87.5",
        IndicatorKind.Number => "a count, e.g. 3",
        IndicatorKind.Ratio => "a ratio, e.g. 12/15",
        IndicatorKind.Flag => "có or không",
        IndicatorKind.Conditions => "có/không per condition, e.g. có;không",
        IndicatorKind.Completion => "the date done, e.g. 2024-03-01, or chưa",
        IndicatorKind.Points => "points, e.g. 1.5",
        _ => "a value",
    };
}
