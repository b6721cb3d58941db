using System;
using System.CommandLine;
using System.IO;
using ParIndex.History;
using ParIndex.Rankings;

namespace ParIndex.Cli.Commands;

/// <summary>Options that several commands take, defined once.</summary>
internal static class Options
{
    public static Option<int?> Year(string description) => new("--year", "-y") { Description = description };

    public static Option<string?> Province(string description) => new("--province", "-p") { Description = description };

    public static Option<string?> Unit() => new("--unit", "-u")
    {
        Description = "The unit to explain (its code in the input files); the only unit when omitted.",
    };

    public static Option<PublishedIndex> Index() => new("--index")
    {
        Description = "Which published index: par (Chỉ số CCHC) or sipas (Chỉ số hài lòng).",
        DefaultValueFactory = _ => PublishedIndex.Par,
    };

    public static Option<TiePolicy> Ties() => new("--ties")
    {
        Description = "Ties: standard (1, 2, 2, 4), dense (1, 2, 2, 3) or ordinal (1, 2, 3, 4).",
        DefaultValueFactory = _ => TiePolicy.Standard,
    };

    public static Option<string?> Methodology() => new("--methodology", "-m")
    {
        Description = "A methodology: a JSON file, or the id of an embedded one (e.g. CA-MAU-1880-2013-FRAGMENT).",
    };

    public static Option<FileInfo[]> Indicators() => new("--indicators", "-i")
    {
        Description = "Reported indicators, CSV (unit,name,year,code,value), an Excel workbook (.xlsx: the same columns, or a filled-in `parindex template` form) or JSON; one file or many, one unit or many.",
        AllowMultipleArgumentsPerToken = true,
    };

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

    public static void CheckYear(int year, string option = "--year")
    {
        if (year is < 2000 or > 2100)
        {
            throw new CliException(FormattableString.Invariant($"year {year} is not an assessment year"), option);
        }
    }
}
