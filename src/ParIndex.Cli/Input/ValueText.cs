using System;
using System.Globalization;
using System.Linq;
using NodaTime.Text;
using ParIndex.Rules;
using ParIndex.Scoring;

namespace ParIndex.Cli.Input;

/// <summary>
/// Reads a reported value written as text in a spreadsheet cell, by the kind the criterion's rule reads: "87.5" or
/// "87.5%" (percent), "3" (count), "12/15" (ratio), "yes"/"no" (also có/không, 1/0), "yes;no;yes" (conditions),
/// "2024-03-01" or "not done" (completion); "n/a" (also "không áp dụng", "KAD") for a leaf that does not apply.
/// Numbers are invariant: a dot for decimals.
/// </summary>
internal static class ValueText
{
    public static bool TryParse(string text, IndicatorKind kind, out IndicatorValue value, out string? problem)
    {
        var t = text.Trim();
        value = default;
        problem = null;
        if (IsNotApplicable(t))
        {
            value = IndicatorValue.NotApplicable;
            return true;
        }
        switch (kind)
        {
            case IndicatorKind.Percent when TryNumber(t.EndsWith('%') ? t[..^1] : t, out var percent):
                value = IndicatorValue.Percent(percent);
                return true;
            case IndicatorKind.Number when TryNumber(t, out var count):
                value = IndicatorValue.Count(count);
                return true;
            case IndicatorKind.Ratio when t.Split('/') is [var a, var b] && TryNumber(a, out var numerator) && TryNumber(b, out var denominator):
                value = IndicatorValue.Ratio(numerator, denominator);
                return true;
            case IndicatorKind.Flag when TryFlag(t, out var yes):
                value = IndicatorValue.Flag(yes);
                return true;
            case IndicatorKind.Conditions when t.Split(';').Select(p => (Ok: TryFlag(p.Trim(), out var met), Met: met)).ToArray() is { Length: > 0 } parts && parts.All(p => p.Ok):
                value = IndicatorValue.Conditions(parts.Select(p => p.Met));
                return true;
            case IndicatorKind.Completion when t.Equals("not done", StringComparison.OrdinalIgnoreCase) || t.Equals("chưa", StringComparison.OrdinalIgnoreCase):
                value = IndicatorValue.NotCompleted;
                return true;
            case IndicatorKind.Completion when LocalDatePattern.Iso.Parse(t) is { Success: true } date:
                value = IndicatorValue.Completed(date.Value);
                return true;
        }
        problem = $"'{text}' is not {Expected(kind)}" + (t.Contains(',', StringComparison.Ordinal) && kind is IndicatorKind.Percent or IndicatorKind.Number ? " (write decimals with a dot)" : string.Empty);
        return false;
    }

    public static string Expected(IndicatorKind kind) => kind switch
    {
        IndicatorKind.Percent => "a percentage such as 87.5 or 87.5%",
        IndicatorKind.Number => "a count such as 3",
        IndicatorKind.Ratio => "a ratio such as 12/15",
        IndicatorKind.Flag => "yes or no",
        IndicatorKind.Conditions => "answers such as yes;no;yes",
        IndicatorKind.Completion => "a date such as 2024-03-01, or 'not done'",
        _ => "a value this tool can read",
    };

    private static bool IsNotApplicable(string t) =>
        t.Equals("n/a", StringComparison.OrdinalIgnoreCase) || t.Equals("na", StringComparison.OrdinalIgnoreCase)
        || t.Equals("KAD", StringComparison.OrdinalIgnoreCase) || t.Normalize().Equals("không áp dụng", StringComparison.OrdinalIgnoreCase);

    private static bool TryNumber(string text, out decimal number) =>
        decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number);

    private static bool TryFlag(string text, out bool yes)
    {
        switch (text.Normalize().ToLowerInvariant())
        {
            case "yes" or "y" or "true" or "1" or "có" or "đạt":
                yes = true;
                return true;
            case "no" or "n" or "false" or "0" or "không" or "không đạt":
                yes = false;
                return true;
            default:
                yes = false;
                return false;
        }
    }
}
