namespace ParIndex.Tests.Excel;

public class PublishedResultsXlsxTests
{
    // Sheet 'Kết quả': a title merged over A1:D1, the header in row 2, and the PAR Index 2023's first three provinces as
    // published (Quảng Ninh 92.18, Hải Phòng 91.87, Hà Nội 91.43: the embedded record's rows and sources): the first two
    // as 0.9218 and 0.9187 in a percent format, shown "92,18 %"; the third typed as the text "91,43 %".
    [Fact]
    public void Read_LibreOfficeSheetWithPercentCells_GivesThePublishedValuesAtTheirRows()
    {
        var rows = PublishedResultsXlsx.Read(LibreOfficeInputs.Path, PublishedIndex.Par, "Kết quả").GetValueOrThrow();

        Assert.Equal(
            [("Quảng Ninh", 92.18m, 1, "'Kết quả'!A3"), ("Hải Phòng", 91.87m, 2, "'Kết quả'!A4"), ("Hà Nội", 91.43m, 3, "'Kết quả'!A5")],
            rows.Select(r => (r.Value.Province.Name, r.Value.Value!.Value, r.Value.Rank!.Value, r.Place.Path!)));
        Assert.Equal("inputs.libreoffice.xlsx", rows[0].Value.Source); // no source_url column: the file
        Assert.Equal(
            rows.Select(r => r.Value.Value),
            rows.Select(r => PublishedRecord.Results(PublishedIndex.Par, 2023).Rows.Single(p => p.Province.Code == r.Value.Province.Code).Value));
    }
}
