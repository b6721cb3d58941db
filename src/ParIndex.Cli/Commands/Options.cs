using System.CommandLine.Parsing;
using ParIndex.History;
using ParIndex.Rankings;
using ParIndex.Utility;

namespace ParIndex.Cli.Commands;

/// <summary>Options that several commands take, defined once.</summary>
internal static class Options
{
    public static Option<int?> Year(string description) => new("--year", "-y") { Description = description };

    public static Option<string?> Province(string description) => new("--province", "-p") { Description = description };

    public static Option<string?> Unit() => new("--unit", "-u")
    {
        Description = "The unit (its code in the input files); the only unit when omitted.",
    };

    public static Option<PublishedIndex> Index() => Words(new Option<PublishedIndex>("--index")
    {
        Description = "Which published index: par (Chỉ số CCHC) or sipas (Chỉ số hài lòng).",
        DefaultValueFactory = _ => PublishedIndex.Par,
    });

    public static Option<TiePolicy> Ties() => Words(new Option<TiePolicy>("--ties")
    {
        Description = "Ties: standard (1, 2, 2, 4), dense (1, 2, 2, 3) or ordinal (1, 2, 3, 4).",
        DefaultValueFactory = _ => TiePolicy.Standard,
    });

    /// <summary>Reads an option whose value is one of an enum's names, in any case. System.CommandLine's own error names
    /// the .NET type (<c>ParIndex.Rankings.TiePolicy</c>) and lists only the names close to the text; this one quotes the
    /// text and lists every word, in lower case as the help writes them. Numbers are refused: "1" is not a word.</summary>
    public static Option<T> Words<T>(Option<T> option)
        where T : struct, Enum
    {
        option.CustomParser = result => Word<T>(result, option.Name) ?? default;
        return Listed<T, Option<T>>(option);
    }

    /// <summary>The same for an option that may be left out (<c>--ties-after</c>).</summary>
    public static Option<T?> Words<T>(Option<T?> option)
        where T : struct, Enum
    {
        option.CustomParser = result => Word<T>(result, option.Name);
        return Listed<T, Option<T?>>(option);
    }

    private static T? Word<T>(ArgumentResult result, string optionName)
        where T : struct, Enum
    {
        var names = Enum.GetNames<T>();
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
        var name = Array.Find(names, n => string.Equals(n, text.Trim(), StringComparison.OrdinalIgnoreCase));
        if (name is null)
        {
            result.AddError($"{optionName}: {CellText.Quote(text)} is not one of {string.Join(", ", WordsOf<T>())}");
            return null;
        }
        return Enum.Parse<T>(name);
    }

    private static TOption Listed<T, TOption>(TOption option)
        where T : struct, Enum
        where TOption : Option
    {
        var words = WordsOf<T>();
        option.CompletionSources.Clear(); // the enum's own names, which the help would list beside these
        option.CompletionSources.Add(words);
        option.HelpName ??= string.Join('|', words);
        return option;
    }

    private static string[] WordsOf<T>()
        where T : struct, Enum => [.. Enum.GetNames<T>().Select(n => n.ToLowerInvariant())];

    public static Option<string?> Methodology() => new("--methodology", "-m")
    {
        Description = "A methodology: a JSON file, or the id of an embedded one (e.g. CA-MAU-1880-2013-FRAGMENT).",
    };

    /// <summary>Reads CODE=NUMBER pairs (e.g. <c>--cost 1.4=10</c>), numbers invariant; a later pair for a code wins.</summary>
    /// <param name="given">The pairs as typed.</param>
    /// <param name="option">The option, named in the error.</param>
    /// <param name="shape">What a pair must look like, said in the error (e.g. "CODE=COST with a cost above 0 such as 1.4=10").</param>
    /// <param name="allowed">Whether a number is allowed.</param>
    public static ImmutableDictionary<string, decimal> CodeNumbers(string[] given, string option, string shape, Func<decimal, bool> allowed)
    {
        var pairs = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var text in given)
        {
            var parts = text.Split('=');
            // A dot for decimals and no thousands separators, as every numeric option: "HUE=2,1" is not 21.
            if (parts.Length != 2 || parts[0].Trim().Length == 0 || !decimal.TryParse(parts[1].Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) || !allowed(number))
            {
                throw new CliException($"{CellText.Quote(text)} is not {shape}" + (text.Contains(',', StringComparison.Ordinal) ? ": write decimals with a dot, without thousands separators" : string.Empty), option);
            }
            // Said, not settled by the last one: two values for one code is a slip (a pasted line, a wrong code).
            var code = parts[0].Trim();
            if (!pairs.TryAdd(code, number))
            {
                throw new CliException($"{CellText.Quote(code)} is given twice ({code}={pairs[code].ToString(CultureInfo.InvariantCulture)}, then {CellText.Quote(text)}): give one value for each code", option);
            }
        }
        return pairs.ToImmutableDictionary(StringComparer.Ordinal);
    }

    /// <summary>Reads a precision: <c>exact</c> (null: exact values) or a number of decimals from 0 to 10.</summary>
    public static int? Precision(string text, string option) =>
        text.Equals("exact", StringComparison.OrdinalIgnoreCase) ? null
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d <= 10 ? d
        : throw new CliException($"{CellText.Quote(text)} is not a precision: write exact, or a number of decimals from 0 to 10", option);

    /// <summary>The items of one assessment year — the year given, or the only one there is: ranks compare one year's units.</summary>
    public static List<T> OfOneYear<T>(IEnumerable<T> items, Func<T, int> yearOf, int? year, string option)
    {
        var all = items.ToList();
        var years = all.Select(yearOf).Distinct().Order().ToList();
        var chosen = year ?? (years.Count == 1 ? years[0]
            : throw new CliException(FormattableString.Invariant($"the indicator files hold the years {string.Join(", ", years)}; ranks compare one year's units, so choose one with {option}"), option));
        return years.Contains(chosen)
            ? [.. all.Where(i => yearOf(i) == chosen)]
            : throw new CliException(FormattableString.Invariant($"the indicator files hold no results of {chosen}; years: {string.Join(", ", years)}"), option);
    }

    /// <summary>Refuses the first of the options that was typed although the command's mode does not read it: given,
    /// it would be dropped without a word (a unit, a methodology or costs beside a published value).</summary>
    public static void NotReadBy(this CommandContext context, string mode, params Option[] options)
    {
        if (options.FirstOrDefault(o => context.Parse.GetResult(o) is { Implicit: false }) is { } given)
        {
            throw new CliException($"{given.Name} does not apply to {mode}", given.Name);
        }
    }

    /// <summary>Reads a required option, or fails as bad usage naming it.</summary>
    public static T Required<T>(this CommandContext context, Option<T?> option)
        where T : struct =>
        context.Parse.GetValue(option) ?? throw new CliException("this option is required here", option.Name);

    /// <summary>Reads a required option, or fails as bad usage naming it.</summary>
    public static T Required<T>(this CommandContext context, Option<T?> option, string why)
        where T : class =>
        context.Parse.GetValue(option) ?? throw new CliException(why, option.Name);

    public static string Name(this PublishedIndex index) => index switch
    {
        PublishedIndex.Sipas => "SIPAS",
        _ => "PAR Index",
    };

    public static void CheckYear(int year, string option = "--year", string? typed = null)
    {
        if (year is < 2000 or > 2100)
        {
            throw new CliException($"year {typed ?? year.ToString(CultureInfo.InvariantCulture)} is not an assessment year", option);
        }
    }

    /// <summary>Reads a year option, refusing a year out of 2000–2100 in the words typed ("-0", not the 0 it reads as).</summary>
    public static int? CheckedYear(this CommandContext context, Option<int?> option)
    {
        var year = context.Parse.GetValue(option);
        if (year is { } y)
        {
            CheckYear(y, option.Name, context.Typed(option));
        }
        return year;
    }

    /// <summary>An option's value as typed (its last token), for messages: "-0" or "1e30", not what it was read as.</summary>
    public static string Typed(this CommandContext context, Option option) =>
        context.Parse.GetResult(option)?.Tokens is [.., var last] ? last.Value : string.Empty;
}
