using static ParIndex.TestSupport.Workbooks;

namespace ParIndex.Tests.Excel;

public class ReportedValuesXlsxTests
{
    [Fact]
    public void Read_PercentFormattedValueAndNoSource_IsThePercentageSourcedToItsRow()
    {
        // 0.186 in a percent format shows 18.6%; a row without a source is sourced to its row of the sheet.
        var book = Make("KH", [S("indicator"), S("year"), S("value"), S("source")], [S("dossiers.online"), N("2021"), N("0.186", 1), null]);

        var value = Assert.Single(ReportedValuesXlsx.Read(book, SeedPlans.KhanhHoa2021, null, "plan.xlsx").GetValueOrThrow());

        Assert.Equal((TargetValueKind.Percent, (decimal?)18.6m, "plan.xlsx KH!2:2"), (value.ValueKind, value.Number, value.Source));
    }

    [Fact]
    public void Read_ValueAbove100Percent_NamesTheCell()
    {
        var book = Make("KH", [S("indicator"), S("year"), S("value"), S("source")], [S("dossiers.online"), N("2021"), S("130%"), S("x")]);

        var problem = Assert.Single(ReportedValuesXlsx.Read(book, SeedPlans.KhanhHoa2021, null, "plan.xlsx").Diagnostics);

        Assert.Equal(("KH!C2", "dossiers.online"), (problem.JsonPath, problem.ItemCode));
    }

    [Fact]
    public void Read_YearOutOfRange_NamesTheYearCell()
    {
        // A year written short (21 for 2021) was blamed on the value's cell C2.
        var book = Make("KH", [S("indicator"), S("year"), S("value"), S("source")], [S("dossiers.online"), N("21"), S("18.6%"), S("x")]);

        var problem = Assert.Single(ReportedValuesXlsx.Read(book, SeedPlans.KhanhHoa2021, null, "plan.xlsx").Diagnostics);

        Assert.Equal(("KH!B2", "'21' is not a year from 1945 to 9999 (write it in full, e.g. 2021)"), (problem.JsonPath, problem.Message));
    }
}
