using System.Globalization;

namespace ParIndex.Tests.Properties;

/// <summary>Every number a methodology file holds is range-checked: a file that reads scores any valid indicators
/// without an exception other than the documented <see cref="InvalidIndicatorsException"/>, and a file with a number
/// outside its documented range does not read (README, "Every number has a range").</summary>
public class MethodologyRangeProperties
{
    // Ordinary values, the edges of each documented range, a year typed as a year offset, and the edges of decimal.
    private static readonly string[] Numbers =
    [
        "-79228162514264337593543950335", "-100000001", "-10000", "-3", "-2", "-1", "-0.5", "0", "0.00000000001", "0.5", "1", "2",
        "3", "7", "99.99999999999", "100", "100.5", "1999", "2000", "2024", "2100", "2101", "8000", "9999", "10000",
        "100000000", "100000000.5", "79228162514264337593543950335",
    ];

    public sealed record FileCase(string Json, int[] Years, int[] Days, int[] Answers)
    {
        public override string ToString() => Json;
    }

    private static Gen<string> Number => Gen.Elements(Numbers);

    // Left out, a sensible value, or (one time in 25) any of the numbers above: with some 25 numbers in a file, about a
    // third of the files hold no wild number at all, and the others one or more.
    private static Gen<string> Optional(string name, string sensible = "0") =>
        Gen.Frequency((12, Gen.Constant(string.Empty)), (12, Gen.Constant($", \"{name}\": {sensible}")), (1, Number.Select(n => $", \"{name}\": {n}")));

    private static Gen<string> Mostly(string sensible) => Gen.Frequency((24, Gen.Constant(sensible)), (1, Number));

    // Mostly sensible values (so that many files read and get scored), sometimes any of the numbers above.
    private static Gen<string> Points => Gen.Frequency((24, Gen.Elements("0", "0.5")), (1, Number));

    private static Gen<(string Json, string Max)> Leaf(string code) =>
        from max in Gen.Frequency((24, Gen.Elements("1", "2", "0.5")), (1, Number))
        from weight in Optional("weight", "1")
        from rule in Gen.OneOf(
            from a in Mostly("50") from b in Mostly("50")
            from c in Mostly("70") from d in Mostly("70")
            from p in Points from q in Points
            from kind in Gen.Elements("percentBands", "countBands")
            select $"{{ \"kind\": \"{kind}\", \"bands\": [ {{ \"upper\": {a}, \"upperInclusive\": false, \"points\": {p} }}, {{ \"lower\": {b}, \"lowerInclusive\": true, \"upper\": {c}, \"upperInclusive\": true, \"points\": {q} }}, {{ \"lower\": {d}, \"lowerInclusive\": false, \"points\": 0 }} ] }}",
            from offset in Optional("dueYearOffset", "1") from onTime in Mostly("0.5") from late in Points from notDone in Optional("notDone")
            from month in Gen.Elements("01-15", "02-29", "12-31")
            select $"{{ \"kind\": \"timeliness\", \"due\": \"{month}\"{offset}, \"onTime\": {onTime}, \"late\": {late}{notDone} }}",
            from yes in Points from no in Optional("no") select $"{{ \"kind\": \"yesNo\", \"yes\": {yes}{no} }}",
            from points in Points select $"{{ \"kind\": \"allConditions\", \"points\": {points}, \"conditions\": [\"a\", \"b\"] }}",
            from per in Mostly("0.5") from floor in Optional("floor") select $"{{ \"kind\": \"deduction\", \"perOccurrence\": {per}{floor} }}",
            Gen.Elements("{ \"kind\": \"proportional\" }", "{ \"kind\": \"surveyPercentage\" }"))
        select ($"{{ \"code\": \"{code}\", \"name\": \"Tiêu chí {code}\", \"maxPoints\": {max}{weight}, \"rule\": {rule} }}", max);

    private static Gen<FileCase> Files =>
        from leaves in Gen.Choose(1, 3).SelectMany(n => Gen.CollectToArray(Enumerable.Range(1, n).Select(i => Leaf("1." + i.ToString(CultureInfo.InvariantCulture)))))
        from first in Gen.Frequency((24, Gen.Elements("2020", "2000", "2100")), (1, Number))
        from last in Gen.Frequency((12, Gen.Constant(string.Empty)), (1, Number.Select(n => $", \"last\": {n}")), (12, Gen.Constant(", \"last\": 2100")))
        from issued in Gen.Frequency((24, Gen.Elements(string.Empty, "2022-11-10")), (1, Gen.Elements("1900-01-01", "2101-01-01", "9999-12-31", "0001-01-01")))
        from caps in Gen.Two(Optional("bonusCap", "1"))
        from years in Gen.ArrayOf(Gen.Elements(1, 1999, 2000, 2020, 2023, 2030, 2100, 2101, 9998, 9999), 3)
        from days in Gen.ArrayOf(Gen.Choose(-800_000, 800_000), 6)
        from answers in Gen.ArrayOf(Gen.Choose(0, 1000), 12)
        let legal = issued.Length == 0 ? string.Empty : $", \"legalBasis\": {{ \"documentNumber\": \"1/QĐ\", \"issuedOn\": \"{issued}\" }}"
        let total = leaves.Sum(l => decimal.Parse(l.Max, CultureInfo.InvariantCulture) is var m && Math.Abs(m) < 1_000_000m ? m : 1m).ToString(CultureInfo.InvariantCulture)
        select new FileCase(
            $"{{ \"formatVersion\": 1, \"id\": \"R\", \"title\": \"Phạm vi\", \"subjectKind\": \"custom\", \"years\": {{ \"first\": {first}{last} }}, \"maxPoints\": {total}{legal}{caps.Item1}{caps.Item2.Replace("bonusCap", "penaltyCap", StringComparison.Ordinal)}, \"areas\": [ {{ \"code\": \"1\", \"name\": \"Lĩnh vực\", \"maxPoints\": {total}, \"criteria\": [ {string.Join(", ", leaves.Select(l => l.Json))} ] }} ] }}",
            years, days, answers);

    public static Arbitrary<FileCase> FileCases() => Files.ToArbitrary();

    /// <summary>A value of the leaf's kind, valid as indicators go (a percentage in [0, 100], a count ≥ 0, any date).</summary>
    private static IndicatorValue ValueFor(Criterion leaf, int day, int answer) => leaf.Rule!.InputKind switch
    {
        IndicatorKind.Percent => IndicatorValue.Percent(answer / 10m),
        IndicatorKind.Number => IndicatorValue.Count(answer % 97 == 0 ? 79_228_162_514_264_337_593_543_950_335m : answer), // sometimes decimal's largest count
        IndicatorKind.Ratio => IndicatorValue.Ratio(answer, 1 + (answer % 7)),
        IndicatorKind.Flag => IndicatorValue.Flag(answer % 2 == 0),
        IndicatorKind.Conditions => IndicatorValue.Conditions([answer % 2 == 0, answer % 3 == 0]),
        _ => answer % 5 == 0 ? IndicatorValue.NotCompleted : IndicatorValue.Completed(new LocalDate(2023, 1, 1).PlusDays(day)),
    };

    [Fact]
    public void Generator_GivesFilesThatReadAndFilesThatDoNot()
    {
        var files = Files.Sample(400);
        var read = files.Count(f => Reads(f.Json));

        Assert.Equal(400, files.Length);
        Assert.InRange(read, 40, 360); // both sides of the property are exercised
    }

    private static bool Reads(string json)
    {
        try
        {
            Methodology.ParseJson(json);
            return true;
        }
        catch (InvalidMethodologyException)
        {
            return false;
        }
    }

    [Property(Arbitrary = [typeof(MethodologyRangeProperties)], MaxTest = 1000)]
    public void AnyMethodologyThatReads_ScoresAnyValidIndicators_OrRejectsThemWithDiagnostics(FileCase file)
    {
        Methodology methodology;
        try
        {
            methodology = Methodology.ParseJson(file.Json);
        }
        catch (InvalidMethodologyException invalid)
        {
            Assert.NotEmpty(invalid.Diagnostics); // refused, each problem said: the documented outcome
            return;
        }

        var scorer = new Scorer(methodology);
        var leaves = methodology.Leaves;
        foreach (var year in file.Years.Append(methodology.Years.First).Append(methodology.Years.Last ?? 9999))
        {
            var values = leaves.Select((l, i) => KeyValuePair.Create(l.Code, ValueFor(l, file.Days[i % file.Days.Length], file.Answers[i % file.Answers.Length])));
            try
            {
                var card = scorer.Score(new ReportedIndicators(new AssessedUnit("U", "Đơn vị"), year, values));
                Assert.InRange(card.Index, 0m, 100m);
                _ = card.Explanations.Select(e => e.Text).ToList(); // explaining must not fail either
            }
            catch (InvalidIndicatorsException rejected)
            {
                Assert.NotEmpty(rejected.Diagnostics);
            }
        }
    }
}
