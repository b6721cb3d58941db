using System.Text.RegularExpressions;
using ParIndex.Utility;

namespace ParIndex.Tests;

public class ArgumentTextTests
{
    // Every public argument check of the three packages that a direct throw once skipped, called with a bad argument, and
    // the words ArgumentText.Of must give (what the tool prints), written out.
    private static readonly Dictionary<string, (Action Call, string Words)> Checks = new(StringComparer.Ordinal)
    {
        ["MethodologyVersion.For"] = (() => MethodologyVersion.For(SubjectKind.Province, 2011),
            "No Province methodology of the catalogue covers assessment year 2011; it covers 2012–2015, 2016, 2017, 2018–2019, 2020–2021, 2022–2023, 2024–."),
        ["ProvinceList.ForDate"] = (() => ProvinceList.ForDate(new LocalDate(2008, 7, 31)),
            "Before 1 August 2008 there were 64 provincial units; that list is not included."),
        ["PublishedRecord.All"] = (() => PublishedRecord.All((PublishedIndex)99), "Unknown index."),
        ["new PublishedComponent"] = (() => _ = new PublishedComponent(2017, ProvinceList.Units63["75"], "X (điểm/14,5,5)", 10m, "s"),
            "'X (điểm/14,5,5)': the maximum '14,5,5' is not a number of points such as 14,5 or 14.5."),
        ["ReportedValue.FromPublished"] = (() => ReportedValue.FromPublished("x", PublishedRecord.All(PublishedIndex.Par)[0], (TargetValueKind)99),
            "A published row gives a percent or a rank."),
        ["ReportedValue.FromScorecard"] = (() => ReportedValue.FromScorecard("x", NothingOf12Applies(), "1.2"), "Node 1.2 is not applicable to the unit."),
        ["new RuleOutcome"] = (() => _ = new RuleOutcome(1e20m), "a rule gave 100000000000000000000 points, beyond the range of points"),
        ["Points.CompareTo(object)"] = (() => ((IComparable)default(Points)).CompareTo("1"), "The object is not Points."),
        ["AnswerScale.Parse"] = (() => AnswerScale.Parse("fiveLevel"), "Unknown answer scale 'fiveLevel'."),
        ["new SurveyResponse"] = (() => _ = new SurveyResponse(2019, ProvinceList.Units63["96"], new byte[22], weight: 0), "The weight must be at least 1e-28 and less than 2^96."),
        ["a null argument"] = (() => GapTarget.Group(null!), "Value cannot be null."),
        ["a null element"] = (() => new Scorer(CaMau1880.Fragment).ScoreAll([null!]), "The sequence must not contain null elements."),
        ["Ranking.Create of a repeated unit"] = (() => Ranking.Create([new UnitValue(new AssessedUnit("A", "Sở A"), 1m), new UnitValue(new AssessedUnit("A", "Sở A"), 2m)]),
            "Units appear more than once: A."),
        ["Ranking.ByIndex of two years"] = (() => Ranking.ByIndex([NothingOf12Applies(), NothingOf12Applies(2020)]),
            "Scorecards of the assessment years 2019, 2020 cannot be ranked together; rank one year at a time."),
        ["CsvOptions.Separator"] = (() => _ = new CsvOptions { Separator = '"' }, "The separator must be an ASCII character other than a quote or a line break."),
        ["CsvOptions.GetEncoding(null)"] = (() => CsvOptions.GetEncoding(null!), "Value cannot be null."),
        ["SurveyCsvOptions.Csv"] = (() => _ = new SurveyCsvOptions { Csv = null! }, "Value cannot be null."),
        ["new SpreadsheetTable"] = (() => _ = new SpreadsheetTable("a/b", ["x"], []), "'a/b' is not a sheet name: 1 to 31 characters, none of [ ] : * ? / \\"),
        ["SpreadsheetTable cells"] = (() => _ = new SpreadsheetTable("t", ["x", "y"], [["1"]]), "table t: a row has 1 cells for 2 columns"),
        ["TablesXlsx.Write"] = (() => TablesXlsx.Write(Stream.Null, [new SpreadsheetTable("t", ["x"], []), new SpreadsheetTable("T", ["x"], [])]),
            "two tables are named 't'; sheet names must differ"),
        ["TablesXlsx.Write of no table"] = (() => TablesXlsx.Write(new MemoryStream(), []), "a workbook needs at least one table"),
    };

    // The files that make the standard argument exceptions themselves, keeping the words: the core's ArgumentProblem
    // (behind Preconditions), the satellite packages' Arguments, ArgumentText itself (its own null check), and the
    // ranking's exception for scorecards of two years (an ArgumentException of its own, which keeps the years; checked above).
    private static readonly string[] Helpers = ["ParIndex/Utility/ArgumentProblem.cs", "Shared/Utility/Arguments.cs", "Shared/Utility/ArgumentText.cs", "ParIndex/Rankings/MixedYearsException.cs"];

    // Argument errors thrown without their words, to be fixed: none now. Each listed must still be there, so the list
    // shrinks when one is fixed.
    private static readonly string[] KnownWithoutWords = [];

    // A standard argument exception made, a runtime throw helper called, or a type deriving from one.
    private static readonly Regex ThrowsArgumentError = new(
        @"\bnew\s+Argument(Null|OutOfRange)?Exception\s*\(|\bArgument(Null|OutOfRange)?Exception\.ThrowIf|:\s*Argument(Null|OutOfRange)?Exception\b",
        RegexOptions.CultureInvariant);

    public static TheoryData<string> CheckNames() => [.. Checks.Keys];

    [Theory]
    [MemberData(nameof(CheckNames))]
    public void Of_EveryPublicArgumentCheck_IsItsWords(string check)
    {
        var (call, words) = Checks[check];

        var error = Assert.ThrowsAny<ArgumentException>(call);

        Assert.Equal(words, ArgumentText.Of(error));
        Assert.StartsWith(words, error.Message, StringComparison.Ordinal); // the message a library user reads is as it was
    }

    [Fact]
    public void Of_OutOfRangeError_MessageKeepsTheLinesDotNetAdds()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => MethodologyVersion.For(SubjectKind.Province, 2011));

        Assert.Equal(
            "No Province methodology of the catalogue covers assessment year 2011; it covers 2012–2015, 2016, 2017, 2018–2019, 2020–2021, 2022–2023, 2024–. (Parameter 'assessmentYear')"
                + Environment.NewLine + "Actual value was 2011.",
            error.Message);
    }

    [Fact]
    public void Sources_ThrowArgumentErrorsOnlyThroughTheHelpersThatKeepTheWords()
    {
        var src = Path.Combine(RepositoryFiles.Root, "src");
        var found = new[] { "ParIndex", "ParIndex.Csv", "ParIndex.Excel", "Shared" }
            .SelectMany(package => Directory.EnumerateFiles(Path.Combine(src, package), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (File: Path.GetRelativePath(src, f).Replace('\\', '/'), Lines: File.ReadAllLines(f)))
            .Where(f => !Helpers.Contains(f.File))
            .SelectMany(f => f.Lines.Select((line, i) => (f.File, Line: i + 1, Text: line.Trim())))
            .Where(l => !l.Text.StartsWith("//", StringComparison.Ordinal) && ThrowsArgumentError.IsMatch(l.Text))
            .ToList();

        var unexpected = found.Where(l => !KnownWithoutWords.Contains(l.File)).Select(l => $"{l.File}:{l.Line}: {l.Text}").ToList();
        Assert.True(unexpected.Count == 0, "argument errors thrown without their words (use Preconditions / ArgumentProblem, or Arguments in the satellite packages):\n" + string.Join("\n", unexpected));
        Assert.Equal(KnownWithoutWords.Order(StringComparer.Ordinal), found.Select(l => l.File).Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("""throw new ArgumentException("words", nameof(x));""")]
    [InlineData("""?? throw new ArgumentOutOfRangeException(nameof(year), year, "words");""")]
    [InlineData("""ArgumentNullException.ThrowIfNull(stream);""")]
    [InlineData("""_tally = tally ?? throw new ArgumentNullException(nameof(tally));""")]
    [InlineData("""internal sealed class MixedYearsException : ArgumentException""")]
    public void ThrowsArgumentError_ADirectThrow_IsFound(string line) => Assert.Matches(ThrowsArgumentError, line);

    [Theory]
    [InlineData("""throw new ArgumentProblem(nameof(x), "words").ToException();""")]
    [InlineData("""throw Arguments.Invalid(nameof(rows), "words");""")]
    [InlineData("""catch (ArgumentException e)""")]
    [InlineData("""/// <exception cref="ArgumentException">The value is blank.</exception>""")]
    public void ThrowsArgumentError_AThrowThroughTheHelpers_IsNotFound(string line) => Assert.DoesNotMatch(ThrowsArgumentError, line);

    // 1.2 reported not applicable: its percentage of nothing is undefined.
    private static Scorecard NothingOf12Applies(int year = 2019)
    {
        var methodology = new Methodology("DEMO", "Demo", SubjectKind.Custom, AssessmentYears.From(2019), 3m,
            [new Area { Code = "1", Name = "Chỉ đạo", MaxPoints = 3m, Criteria = [
                new Criterion { Code = "1.1", Name = "Kế hoạch", MaxPoints = 2m, Rule = ScoringRule.YesNo(2m) },
                new Criterion { Code = "1.2", Name = "Báo cáo", MaxPoints = 1m, Rule = ScoringRule.YesNo(1m) }] }]);
        return new Scorer(methodology).Score(new ReportedIndicators(new AssessedUnit("A", "Sở A"), year,
            new Dictionary<string, IndicatorValue> { ["1.1"] = IndicatorValue.Flag(true), ["1.2"] = IndicatorValue.NotApplicable }));
    }
    [Fact]
    public void Of_ArgumentErrorOfTheLibrary_IsItsWordsWithoutTheParameterLine()
    {
        var error = Assert.Throws<ArgumentException>(() => GapTarget.Group(" "));

        Assert.Equal("Value must not be empty or white space.", ArgumentText.Of(error));
        Assert.Equal("name", error.ParamName);
    }

    [Fact]
    public void Of_OutOfRangeErrorOfTheLibrary_IsItsWordsWithoutTheActualValueLine()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new SipasOptions { BootstrapReplicates = 1 });

        Assert.Equal("One replicate has no spread: use 0 or at least 2.", ArgumentText.Of(error));
        Assert.Equal((nameof(SipasOptions.BootstrapReplicates), (object?)1), (error.ParamName, error.ActualValue));
    }

    [Fact]
    public void Of_ArgumentErrorOfAnotherPackage_IsItsWords()
    {
        var error = Assert.Throws<ArgumentException>(() => CsvOptions.GetEncoding("bogus"));

        Assert.Equal("'bogus' is not an encoding this reader knows; try utf-8, utf-16 or windows-1258.", ArgumentText.Of(error));
    }

    [Fact]
    public void Of_ArgumentErrorNotOfTheLibrary_IsNull() =>
        Assert.Null(ArgumentText.Of(new ArgumentException("Some words.", "x")));

    [Fact]
    public void Of_Null_Throws() =>
        Assert.Equal("exception", Assert.Throws<ArgumentNullException>(() => ArgumentText.Of(null!)).ParamName);
}
