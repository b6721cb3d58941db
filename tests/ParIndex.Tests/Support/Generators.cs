namespace ParIndex.Tests.Support;

/// <summary>A random valid methodology and a unit's indicators for it.</summary>
public sealed record ScoringCase(Methodology Methodology, ReportedIndicators Indicators)
{
    public override string ToString() =>
        Methodology.Leaves.Length + " leaves: " + string.Join("; ", Indicators.Select(p => p.Key + "=" + p.Value));
}

/// <summary>Units with values to rank, with deliberate ties.</summary>
public sealed record RankingCase(UnitValue[] Values)
{
    public override string ToString() => string.Join("; ", Values.Select(v => v.ToString()));
}

/// <summary>FsCheck generators for the model: random trees whose maxima add up, and values that suit each rule. The
/// nodes, rules and values are <see cref="SyntheticData"/>'s and <see cref="MethodologyBuilder"/>'s (shared with the
/// benchmarks); FsCheck draws their shapes and seeds.</summary>
public static class Generators
{
    private const int Year = SyntheticData.Year;

    public static Arbitrary<ScoringCase> ScoringCase() => ScoringCases.ToArbitrary();

    public static Arbitrary<RankingCase> RankingCase() => RankingCases.ToArbitrary();

    public static Gen<ScoringCase> ScoringCases =>
        from methodology in Methodologies
        from values in Gen.CollectToArray(methodology.Leaves.Select(l => ValueFor(l.Rule!)))
        select new ScoringCase(methodology, Indicators("U", methodology, values.ToArray()));

    public static Gen<Methodology> Methodologies =>
        from areaCount in Gen.Choose(1, 4)
        from areas in Gen.CollectToArray(Enumerable.Range(1, areaCount).Select(i => AreaGen(i.ToString(System.Globalization.CultureInfo.InvariantCulture))))
        from caps in Gen.Elements(0m, 1m, 2.5m).Two()
        select new Methodology("GEN", "Sinh ngẫu nhiên", SubjectKind.Custom, AssessmentYears.From(2020), areas.Sum(a => a.MaxPoints), areas)
        {
            BonusCap = caps.Item1,
            PenaltyCap = caps.Item2,
        };

    public static Gen<RankingCase> RankingCases =>
        from count in Gen.Choose(1, 40)
        from hundredths in Gen.ArrayOf(Gen.Choose(6000, 6010).Select(v => v * 100 + (v % 3 == 0 ? 0 : v % 7)), count)
        from names in Gen.ArrayOf(Gen.Elements("Hà Nội", "Huế", "Cà Mau", "Đà Nẵng", "An Giang", "Bắc Ninh"), count)
        select new RankingCase([.. hundredths.Select((h, i) => new UnitValue(new AssessedUnit("P" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture), names[i]), h / 100m))]);

    /// <summary>Values of every shape a ranking meets: published two-decimal values over a wide or a narrow span, four
    /// decimals, midpoints for the rounding, and exact indices with 28 digits; names repeat so that ties are broken by
    /// name and code.</summary>
    public static Gen<RankingCase> MixedRankingCases =>
        from count in Gen.Choose(0, 60)
        from values in Gen.ArrayOf(Gen.OneOf(
            Gen.Choose(0, 10000).Select(v => v / 100m),
            Gen.Choose(8000, 8010).Select(v => v / 100m),
            Gen.Choose(0, 1000000).Select(v => v / 10000m),
            Gen.Choose(0, 20000).Select(v => v / 200m), // every other one a midpoint at two decimals (x.xx5)
            Gen.Choose(0, 400).Select(v => v / 2m), // every other one a midpoint at no decimals (x.5)
            Gen.Choose(1, 700).Select(v => v / 7m)), count)
        from names in Gen.ArrayOf(Gen.Elements("Hà Nội", "Huế", "Cà Mau", "Đà Nẵng"), count)
        select new RankingCase([.. values.Select((v, i) => new UnitValue(new AssessedUnit("P" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture), names[i]), v))]);

    public static ReportedIndicators Indicators(string unit, Methodology methodology, IndicatorValue[] values) =>
        new(new AssessedUnit(unit, "Đơn vị " + unit), Year, methodology.Leaves.Select((l, i) => KeyValuePair.Create(l.Code, values[i])));

    /// <summary>A value at least as good as <paramref name="value"/> under the rule, when the rule is monotone.</summary>
    public static Gen<IndicatorValue> Improve(ScoringRule rule, IndicatorValue value) => value.Kind switch
    {
        IndicatorKind.Percent => Gen.Choose(0, 10000).Select(d => IndicatorValue.Percent(Math.Min(100m, value.Number + (d / 100m)))),
        IndicatorKind.Number when rule is DeductionRule => Gen.Choose(0, (int)value.Number).Select(n => IndicatorValue.Count(n)),
        IndicatorKind.Number => Gen.Choose((int)value.Number, 12).Select(n => IndicatorValue.Count(n)),
        IndicatorKind.Ratio => Gen.Choose((int)value.Number, (int)value.Denominator + 5).Select(n => IndicatorValue.Ratio(n, value.Denominator)),
        IndicatorKind.Flag => Gen.Constant(IndicatorValue.Flag(true)),
        IndicatorKind.Conditions => Gen.Constant(IndicatorValue.Conditions(value.ConditionsMet.Select(_ => true))),
        IndicatorKind.Completion => Gen.Choose(0, 400).Select(d => IndicatorValue.Completed(new LocalDate(Year - 1, 10, 1).PlusDays(d)))
            .Select(v => value.CompletedOn is { } done && v.CompletedOn > done ? value : v),
        _ => Gen.Constant(value),
    };

    private static Gen<Area> AreaGen(string code) =>
        from count in Gen.Choose(1, 4)
        from criteria in Gen.CollectToArray(Enumerable.Range(1, count).Select(i => CriterionGen(code + "." + i.ToString(System.Globalization.CultureInfo.InvariantCulture), depth: 1)))
        select MethodologyBuilder.Area(code, [.. criteria]);

    private static Gen<Criterion> CriterionGen(string code, int depth) =>
        from split in depth < 3 ? Gen.Elements(true, false) : Gen.Constant(false)
        from criterion in split ? ParentGen(code, depth) : LeafGen(code)
        select criterion;

    private static Gen<Criterion> ParentGen(string code, int depth) =>
        from count in Gen.Choose(1, 3)
        from children in Gen.CollectToArray(Enumerable.Range(1, count).Select(i => CriterionGen(code + "." + i.ToString(System.Globalization.CultureInfo.InvariantCulture), depth + 1)))
        select MethodologyBuilder.Parent(code, [.. children]);

    private static Gen<Criterion> LeafGen(string code) =>
        from halves in Gen.Choose(1, 8)
        let max = halves / 2m
        from rule in RuleGen(max)
        select MethodologyBuilder.Leaf(code, max, rule, rule is SurveyPercentageRule ? AssessmentMethod.SociologicalSurvey : AssessmentMethod.AppraisedSelfAssessment, name: "Tiêu chí thành phần " + code);

    private static Gen<ScoringRule> RuleGen(decimal max) =>
        from kind in Gen.Choose(0, SyntheticData.RuleKinds - 1)
        from low in Gen.Choose(10, 60)
        from high in Gen.Choose(61, 95)
        from countFloor in Gen.Elements(1, 1, 1, 3)
        select SyntheticData.Rule(kind, max, low, high, countFloor);

    /// <summary>A value the rule reads, one in ten not applicable (<see cref="SyntheticData.Value"/> from a drawn seed).</summary>
    public static Gen<IndicatorValue> ValueFor(ScoringRule rule) =>
        Gen.Choose(0, int.MaxValue - 1).Select(seed => SyntheticData.Value(rule, new Random(seed), notApplicable: true));
}
