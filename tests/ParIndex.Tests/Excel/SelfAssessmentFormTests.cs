using DocumentFormat.OpenXml.Spreadsheet;

namespace ParIndex.Tests.Excel;

/// <summary>The self-assessment form: what it offers the person filling it in, and the round trip form → filled → read
/// → scored.</summary>
public class SelfAssessmentFormTests
{
    private static MemoryStream Form(AssessedUnit? unit = null, int? year = null)
    {
        var stream = new MemoryStream();
        SelfAssessmentForm.Write(stream, CaMau1880.Fragment, unit, year);
        stream.Position = 0;
        return stream;
    }

    [Fact]
    public void Write_UnitNameWithAControlCharacter_IsAnArgumentErrorBeforeAnyByte()
    {
        // main threw XmlException ("hexadecimal value 0x00, is an invalid character") from inside the workbook's XML.
        var stream = new MemoryStream();

        var error = Assert.Throws<ArgumentException>(() => SelfAssessmentForm.Write(stream, CaMau1880.Fragment, new AssessedUnit("A", "Sở\u0000A"), 2023));

        Assert.Equal("unit", error.ParamName);
        Assert.Equal(0, stream.Length);
        // Which of the two: it said "the unit's code or name".
        Assert.StartsWith("the unit's name holds a control character (U+0000), which a workbook cannot hold", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("the unit's code holds a control character (U+0007)",
            Assert.Throws<ArgumentException>(() => SelfAssessmentForm.Write(new MemoryStream(), CaMau1880.Fragment, new AssessedUnit("A\u0007", "Sở A"), 2023)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_OneRowPerLeaf_WithCodeMaximumAndAnEmptyValueCell()
    {
        using var document = Workbooks.Open(Form());
        var cells = Workbooks.Cells(document);

        // The fragment's six leaves, 1.1.1 to 1.2.2, in rows 2 to 7; column D the code, F the maximum, I the value.
        Assert.Equal("code", cells["D1"].InnerText);
        Assert.Equal("value", cells["I1"].InnerText);
        Assert.Equal(["1.1.1", "1.1.2", "1.1.3", "1.1.4", "1.2.1", "1.2.2"], Enumerable.Range(2, 6).Select(r => cells["D" + r].InnerText));
        Assert.Equal("2", cells["F5"].CellValue!.Text); // 1.1.4: up to 2 points
        Assert.Equal(string.Empty, cells["I2"].InnerText);
        Assert.Equal([SelfAssessmentForm.SheetName, SelfAssessmentForm.GuideSheetName], document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
    }

    [Fact]
    public void Write_YesNoLeaves_OfferADropDownAndTheHeaderIsFrozen()
    {
        using var document = Workbooks.Open(Form());
        var sheet = Workbooks.Sheet(document);

        // 1.1.3 (row 4) and 1.2.2 (row 7) are yes/no; 1.1.1 a date, 1.1.2 and 1.2.1 conditions, 1.1.4 a percentage.
        var list = Assert.Single(sheet.Descendants<DataValidation>());
        Assert.Equal("\"có,không,không áp dụng\"", list.Formula1!.Text);
        Assert.Equal(["I4", "I7"], list.SequenceOfReferences!.Items.Select(i => i.Value));
        Assert.Equal(PaneStateValues.Frozen, sheet.Descendants<Pane>().Single().State!.Value);
    }

    // Filled as unit A of the sample (samples/data/indicators-ca-mau-fragment.csv), by hand (Cà Mau 1880/QĐ-UBND):
    // plan on time 1 + tasks 1 + results 1 + 95% > 90% → 2 + reports 1 + content 0 = 6 of 7 → 85.71.
    [Fact]
    public void RoundTrip_FormFilledInAsUnitA_ScoresSixOfSeven()
    {
        var form = Form(new AssessedUnit("A", "Sở A"), 2023);
        Workbooks.Fill(form, new Dictionary<string, object>
        {
            ["I2"] = "2022-12-20", ["I3"] = "có;có", ["I4"] = "có", ["I5"] = 95m, ["I6"] = "có;có", ["I7"] = "không",
        });
        form.Position = 0;

        var unit = Assert.Single(IndicatorsXlsx.Read(form, CaMau1880.Fragment, SelfAssessmentForm.SheetName, "form.xlsx").GetValueOrThrow());
        var card = new Scorer(CaMau1880.Fragment).Score(unit);

        Assert.Equal(("A", "Sở A", 2023), (unit.Unit.Code, unit.Unit.Name, unit.Year));
        Assert.Equal((6m, 85.71m), (card.Points, card.RoundedIndex));
    }

    [Fact]
    public void RoundTrip_FormLeftEmpty_NamesEveryValueCell()
    {
        var form = Form(new AssessedUnit("A", "Sở A"), 2023);

        var result = IndicatorsXlsx.Read(form, CaMau1880.Fragment, null, "form.xlsx");

        Assert.Equal(["I2", "I3", "I4", "I5", "I6", "I7"], result.Diagnostics.Select(d => d.JsonPath!.Split('!')[1]));
    }
}
