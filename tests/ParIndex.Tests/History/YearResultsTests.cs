using System.Linq;
using ParIndex.History;
using Xunit;

namespace ParIndex.Tests.History;

public class YearResultsTests
{
    [Fact]
    public void Rows_RankedFirstByRank_ThenValueOnlyRowsHighestFirst()
    {
        foreach (var year in PublishedRecord.Years(PublishedIndex.Par))
        {
            var rows = PublishedRecord.Results(PublishedIndex.Par, year).Rows;
            var ranked = rows.TakeWhile(r => r.Rank is not null).Select(r => r.Rank!.Value).ToList();
            Assert.Equal(ranked.Order(), ranked);
            var valueOnly = rows.Skip(ranked.Count).Select(r => r.Value!.Value).ToList();
            Assert.Equal(valueOnly.OrderDescending(), valueOnly);
        }
    }
}
