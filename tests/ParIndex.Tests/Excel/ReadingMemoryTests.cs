using static ParIndex.TestSupport.Workbooks;

namespace ParIndex.Tests.Excel;

/// <summary>Rows are streamed: what a workbook reader allocates for a row does not grow with the rows before it.
/// Counted in bytes allocated on the reading thread (<see cref="GC.GetAllocatedBytesForCurrentThread"/>), not timed.</summary>
public class ReadingMemoryTests
{
    private const int Rows = 1_200;

    [Fact]
    public void SurveyXlsx_TenTimesTheRows_AllocatesNoMorePerRow()
    {
        static MemoryStream Book(int rows) => Make("Phiếu", [
            [S("year"), S("province"), S("A1"), S("A2"), S("B1"), S("B2"), S("P1")],
            .. Enumerable.Range(0, rows).Select(i => (IReadOnlyList<CellSpec?>)[N("2023"), S(i % 2 == 0 ? "Cà Mau" : "Hà Nội"), N("5"), N("4"), N("3"), N("1"), N("2")])]);
        static void Read(MemoryStream book) => SurveyXlsx.ReadInto(book, new SurveyTally(SurveyFixture.Instrument), null);

        var (small, large) = PerRow(Book(Rows), Book(10 * Rows), Read);

        Assert.True(large <= small * 1.05, $"{small:0} bytes a row for {Rows} rows, {large:0} for {10 * Rows}");
    }

    [Fact]
    public void IndicatorsXlsx_TenTimesTheRows_AllocatesNoMorePerRow()
    {
        // Six leaves a unit, as the fragment has: the results grow with the units, one value a row.
        string[] codes = ["1.1.1", "1.1.2", "1.1.3", "1.1.4", "1.2.1", "1.2.2"];
        string[] values = ["2022-12-20", "có|có", "đạt", "95%", "có|có", "không"];
        MemoryStream Book(int rows) => Make("Data", [
            [S("unit"), S("year"), S("code"), S("value")],
            .. Enumerable.Range(0, rows).Select(i => (IReadOnlyList<CellSpec?>)[S("U" + (i / 6).ToString(System.Globalization.CultureInfo.InvariantCulture)), N("2023"), S(codes[i % 6]), S(values[i % 6])])]);
        static void Read(MemoryStream book) => IndicatorsXlsx.Read(book, CaMau1880.Fragment, null, null).GetValueOrThrow();

        var (small, large) = PerRow(Book(Rows), Book(10 * Rows), Read);

        Assert.True(large <= small * 1.05, $"{small:0} bytes a row for {Rows} rows, {large:0} for {10 * Rows}");
    }

    /// <summary>Bytes allocated a row reading each workbook, after a first read of the small one (so that nothing is
    /// counted that happens once a process).</summary>
    private static (double Small, double Large) PerRow(MemoryStream small, MemoryStream large, Action<MemoryStream> read)
    {
        double Measure(MemoryStream book, int rows)
        {
            book.Position = 0;
            var before = GC.GetAllocatedBytesForCurrentThread();
            read(book);
            return (GC.GetAllocatedBytesForCurrentThread() - before) / (double)rows;
        }
        Measure(small, Rows);
        return (Measure(small, Rows), Measure(large, 10 * Rows));
    }
}
