using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ParIndex.History;
using ParIndex.Tests.History;
using Xunit;

namespace ParIndex.Tests.Properties;

public class RecordValidatorProperties
{
    private static readonly Gen<decimal[]> Values = Gen.ArrayOf(Gen.Choose(7000, 7100).Select(v => v / 100m), 63);

    [Property(MaxTest = 200)]
    public Property Validate_AnySubsetOfATableRankedByTheLibrary_IsValid() =>
        Prop.ForAll(Values.ToArbitrary(), Gen.ArrayOf(Gen.Elements(true, false), 63).ToArbitrary(), (values, keep) =>
        {
            var table = RecordValidatorTests.FullTable(i => values[i]);
            Assert.True(RecordValidator.Validate(table).IsValid);
            var subset = table.Where((_, i) => keep[i]).ToList();
            var report = RecordValidator.Validate(subset);
            Assert.True(report.IsValid, report.ToString());
        });

    [Property(MaxTest = 200)]
    public Property Validate_TwoRowsWithDifferentValuesAndSwappedRanks_AreReported() =>
        Prop.ForAll(Values.ToArbitrary(), Gen.Two(Gen.Choose(0, 62)).ToArbitrary(), (values, pair) =>
        {
            var table = RecordValidatorTests.FullTable(i => values[i]);
            var (a, b) = (table[pair.Item1], table[pair.Item2]);
            if (a.Value == b.Value)
            {
                return;
            }
            var swapped = table.Select(r => r == a ? new PublishedResult(r.Index, r.Year, r.Province, r.Value, b.Rank, r.Source)
                : r == b ? new PublishedResult(r.Index, r.Year, r.Province, r.Value, a.Rank, r.Source) : r);
            var subset = swapped.Where(r => r.Province.Equals(a.Province) || r.Province.Equals(b.Province));
            Assert.False(RecordValidator.Validate(swapped).IsValid);
            Assert.False(RecordValidator.Validate(subset).IsValid);
        });
}
