using ParIndex.Tests.History;

namespace ParIndex.Tests.Properties;

public class ValidationReportProperties
{
    private static readonly Gen<decimal[]> Values = Gen.ArrayOf(Gen.Choose(7000, 7100).Select(v => v / 100m), 63);

    [Property(MaxTest = 200)]
    public Property Validate_AnySubsetOfATableRankedByTheLibrary_IsValid() =>
        Prop.ForAll(Values.ToArbitrary(), Gen.ArrayOf(Gen.Elements(true, false), 63).ToArbitrary(), (values, keep) =>
        {
            var table = ValidationReportTests.FullTable(i => values[i]);
            Assert.True(ValidationReport.Validate(table).IsValid);
            var subset = table.Where((_, i) => keep[i]).ToList();
            var report = ValidationReport.Validate(subset);
            Assert.True(report.IsValid, report.ToString());
        });

    [Property(MaxTest = 200)]
    public Property Validate_ExactValuesRankedThenPublishedToTwoDecimals_IsValid() =>
        // As the Ministry publishes: ranks decided on exact values (three decimals here, "87,602"), values shown to two.
        // Equal published values may then hold consecutive ranks; any subset of such a table is consistent too.
        Prop.ForAll(Gen.ArrayOf(Gen.Choose(87000, 87100).Select(v => v / 1000m), 63).ToArbitrary(), Gen.ArrayOf(Gen.Elements(true, false), 63).ToArbitrary(), (exact, keep) =>
        {
            var provinces = ProvinceList.Units63.Provinces;
            var ranking = Ranking.Create(provinces.Select((p, i) => new UnitValue(ParIndex.Scoring.AssessedUnit.Of(p), exact[i])), new RankingOptions { Groups = null });
            var table = provinces.Select(p => new PublishedResult(PublishedIndex.Par, 2030, p, ranking[p.Code].PublishedValue, ranking[p.Code].Rank, "test")).ToList();
            var report = ValidationReport.Validate(table);
            Assert.True(report.IsValid, report.ToString());
            var subset = ValidationReport.Validate(table.Where((_, i) => keep[i]));
            Assert.True(subset.IsValid, subset.ToString());
        });

    [Property(MaxTest = 200)]
    public Property Validate_TwoRowsWithDifferentValuesAndSwappedRanks_AreReported() =>
        Prop.ForAll(Values.ToArbitrary(), Gen.Two(Gen.Choose(0, 62)).ToArbitrary(), (values, pair) =>
        {
            var table = ValidationReportTests.FullTable(i => values[i]);
            var (a, b) = (table[pair.Item1], table[pair.Item2]);
            if (a.Value == b.Value)
            {
                return;
            }
            var swapped = table.Select(r => r == a ? new PublishedResult(r.PublishedIndex, r.Year, r.Province, r.Value, b.Rank, r.Source)
                : r == b ? new PublishedResult(r.PublishedIndex, r.Year, r.Province, r.Value, a.Rank, r.Source) : r);
            var subset = swapped.Where(r => r.Province.Equals(a.Province) || r.Province.Equals(b.Province));
            Assert.False(ValidationReport.Validate(swapped).IsValid);
            Assert.False(ValidationReport.Validate(subset).IsValid);
        });
}
