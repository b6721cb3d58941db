using System.CommandLine.Parsing;
using ParIndex.Utility;

namespace ParIndex.Cli.Commands;

/// <summary>Reads every numeric option the same way on every machine: invariant digits, a dot for decimals, no
/// thousands separators. System.CommandLine's own parsing follows the current culture, so that under vi-VN
/// <c>--survey-se 1.5</c> meant 15 and under the invariant culture <c>1,5</c> meant 15; here both cultures read 1.5 and
/// refuse 1,5, and an error quotes the text and names the option instead of a .NET type.</summary>
internal static class NumberOptions
{
    /// <summary>Sets the parser of every numeric option of the command and its subcommands.</summary>
    public static void Apply(Command command)
    {
        foreach (var option in command.Options)
        {
            switch (option)
            {
                case Option<int?> o:
                    o.CustomParser = r => Parse(r, o.Name, Whole, int.TryParse, out int value) ? value : null;
                    break;
                case Option<int> o:
                    o.CustomParser = r => Parse(r, o.Name, Whole, int.TryParse, out int value) ? value : default;
                    break;
                case Option<ulong?> o:
                    o.CustomParser = r => Parse(r, o.Name, Whole, ulong.TryParse, out ulong value) ? value : null;
                    break;
                case Option<decimal?> o when o.CustomParser is null:
                    o.CustomParser = r => Parse(r, o.Name, DecimalStyle, decimal.TryParse, out decimal value) ? value : null;
                    break;
                case Option<int[]> o:
                    o.CustomParser = r => Many(r, o.Name);
                    break;
                default:
                    break;
            }
        }
        foreach (var subcommand in command.Subcommands)
        {
            Apply(subcommand);
        }
    }

    /// <summary>Reads a decimal option whose values lie in [<paramref name="min"/>, <paramref name="max"/>] (the command
    /// checks the range of what it reads): a number written another way that is out of it (1e30, too large for a decimal)
    /// is said to be out of range, as the command says it, rather than "not a number".</summary>
    public static Option<decimal?> Within(Option<decimal?> option, decimal min, decimal max, Func<string, string> outside)
    {
        option.CustomParser = r =>
        {
            var text = r.Tokens.Count > 0 ? r.Tokens[^1].Value : string.Empty;
            // 1e400 reads as the double ∞, out of range as 1e30 is.
            if (!decimal.TryParse(text.Trim(), DecimalStyle, CultureInfo.InvariantCulture, out _)
                && Number(text) is { } number && (number < (double)min || number > (double)max))
            {
                r.AddError($"{option.Name}: {outside(text)}");
                return null;
            }
            return Parse(r, option.Name, DecimalStyle, decimal.TryParse, out decimal value) ? value : null;
        };
        return option;
    }

    private const NumberStyles DecimalStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    private const NumberStyles Whole = NumberStyles.AllowLeadingSign;

    private delegate bool TryParse<T>(string text, NumberStyles styles, IFormatProvider provider, out T value);

    private static bool Parse<T>(ArgumentResult result, string option, NumberStyles styles, TryParse<T> tryParse, out T value)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
        if (tryParse(text.Trim(), styles, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }
        result.AddError(Problem(option, text, styles == Whole, typeof(T) == typeof(ulong)));
        return false;
    }

    private static int[] Many(ArgumentResult result, string option)
    {
        var values = new int[result.Tokens.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var text = result.Tokens[i].Value;
            if (!int.TryParse(text.Trim(), Whole, CultureInfo.InvariantCulture, out values[i]))
            {
                result.AddError(Problem(option, text, whole: true, unsigned: false));
                return [];
            }
        }
        return values;
    }

    private static string Problem(string option, string text, bool whole, bool unsigned)
    {
        if (text.Contains(',', StringComparison.Ordinal) && !whole)
        {
            return $"{option}: {CellText.Quote(text)} is not a number: write decimals with a dot (e.g. {text.Replace(',', '.')}), without thousands separators";
        }
        var expected = unsigned ? "a whole number from 0 to 18446744073709551615" : whole ? "a whole number from -2147483648 to 2147483647" : "a number such as 1.5";
        // A number the option does not read is said to be one: too large (1e400, 3000000000), or written in a form the
        // options do not take (1e1, 2.0 for a whole number); "not a number" was false of it.
        if (Number(text) is not { } number)
        {
            return $"{option}: {CellText.Quote(text)} is not {expected}";
        }
        // Out of a whole option's range or not whole, "not a whole number from … to …" is true of it, and kept.
        var (min, max) = unsigned ? (0d, (double)ulong.MaxValue) : whole ? (int.MinValue, int.MaxValue) : ((double)decimal.MinValue, (double)decimal.MaxValue);
        return whole && (number < min || number > max || number != Math.Floor(number)) ? $"{option}: {CellText.Quote(text)} is not {expected}"
            : number < min || number > max ? $"{option}: {CellText.Quote(text)} is out of range: a number here is at most {decimal.MaxValue.ToString(CultureInfo.InvariantCulture)} either way"
            : $"{option}: {CellText.Quote(text)} is a number in a form this option does not read: write it in plain digits{(whole ? " without a decimal point, such as 12" : ", with a dot for decimals and no exponent, such as 1.5")}";
    }

    /// <summary>The text as a number in any invariant form (1e1, 1e400 as ∞), or <see langword="null"/> when it is none
    /// ("abc", and "Infinity" or "NaN", which are words).</summary>
    private static double? Number(string text) =>
        text.Any(char.IsAsciiDigit) && double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && !double.IsNaN(number) ? number : null;
}
