using System.Globalization;
using System.Text.RegularExpressions;
using ParIndex.Geography;

namespace ParIndex.History;

/// <summary>One published component (chỉ số thành phần) of a province's PAR Index in one year, with its source: a
/// component is the published result of one area (lĩnh vực) of the methodology, in points or in percent of the area's
/// maximum. The Ministry's reports call it a component index; the methodology's tree calls the same part an area.</summary>
/// <remarks>The area text is kept as published; the unit, the area's maximum and the area's rank are read from its
/// parenthesis ("(điểm/9; hạng 21/63)", "(điểm/14,5)" with a Vietnamese decimal comma, "(% tối đa)"). Immutable; value
/// equality.</remarks>
public sealed partial record PublishedComponent
{
    /// <summary>Creates a component (an area's published result).</summary>
    /// <param name="year">The assessed year.</param>
    /// <param name="province">The province.</param>
    /// <param name="area">The area's name as published, with the parenthesis that gives the unit, maximum and rank.</param>
    /// <param name="value">The published value.</param>
    /// <param name="source">Where it was read.</param>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> or <paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="area"/> is null or blank, or gives a maximum ("điểm/…") that
    /// is not a number with at most one decimal separator (a comma, as Vietnamese texts write "14,5", or a dot).</exception>
    public PublishedComponent(int year, Province province, string area, decimal value, string source)
    {
        Year = year;
        Province = Preconditions.CheckNotNull(province, nameof(province));
        Area = Text.Nfc(Preconditions.CheckNotBlank(area, nameof(area)));
        Value = value;
        Source = Preconditions.CheckNotNull(source, nameof(source));
        IsPercentOfMaximum = Area.Contains("% tối đa", StringComparison.Ordinal);
        Maximum = MaximumPattern().Match(Area) is { Success: true } max ? ReadMaximum(max.Groups[1].Value, Area) : null;
        AreaRank = RankPattern().Match(Area) is { Success: true } rank ? int.Parse(rank.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Gets the assessed year.</summary>
    public int Year { get; }

    /// <summary>Gets the province.</summary>
    public Province Province { get; }

    /// <summary>Gets the area as published (NFC), parenthesis included.</summary>
    public string Area { get; }

    /// <summary>Gets the value: points, or percent of the area's maximum when <see cref="IsPercentOfMaximum"/>.</summary>
    public decimal Value { get; }

    /// <summary>Gets the source address.</summary>
    public string Source { get; }

    /// <summary>Gets whether the value is in percent of the area's maximum (the component index, thang điểm "% tối đa"),
    /// as the text says "% tối đa"; otherwise it is in points obtained in the area (out of <see cref="Maximum"/>, when given).</summary>
    public bool IsPercentOfMaximum { get; }

    /// <summary>Gets the area's maximum points when the text gives it ("điểm/9"), otherwise <see langword="null"/>.</summary>
    public decimal? Maximum { get; }

    /// <summary>Gets the province's rank in the area when the text gives it ("hạng 21/63"), otherwise <see langword="null"/>.</summary>
    public int? AreaRank { get; }

    /// <summary>Gets the points this value stands for: the value itself in points, or value × maximum ÷ 100 for a
    /// percentage whose maximum is known (from the text or <paramref name="maximum"/>).</summary>
    /// <param name="maximum">The area's maximum from a methodology, used when the text gives none.</param>
    /// <returns>The points, or <see langword="null"/> for a percentage without a maximum.</returns>
    public decimal? Points(decimal? maximum = null) => !IsPercentOfMaximum
        ? Value
        : (Maximum ?? maximum) is { } max ? Value * max / 100m : null;

    /// <summary>Formats as "2018 75 Đồng Nai (63) · Cải cách tài chính công (điểm/12.5; hạng 16/63): 9.83".</summary>
    /// <returns>Year, province, area and value.</returns>
    public override string ToString() => Invariant.Format($"{Year} {Province} · {Area}: {Value}");

    /// <summary>Reads a maximum as Vietnamese texts write it, with a decimal comma ("điểm/14,5") or a dot
    /// ("điểm/14.5"); anything else (two separators, a separator without digits after it) is rejected, never cut.</summary>
    private static decimal ReadMaximum(string text, string area) =>
        NumberPattern().IsMatch(text)
            ? decimal.Parse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)
            : throw new ArgumentProblem(nameof(area), Invariant.Format($"'{area}': the maximum '{text}' is not a number of points such as 14,5 or 14.5.")).ToException();

    // ASCII digits only (\d would take any script's digits), and everything up to the next character that cannot be
    // part of a number, so that "14,5" is read whole and "14,5,5" is rejected rather than cut.
    [GeneratedRegex(@"điểm/([0-9][0-9.,]*[0-9]|[0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex MaximumPattern();

    [GeneratedRegex(@"^[0-9]+(?:[.,][0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"hạng ([0-9]+)/", RegexOptions.CultureInvariant)]
    private static partial Regex RankPattern();
}
