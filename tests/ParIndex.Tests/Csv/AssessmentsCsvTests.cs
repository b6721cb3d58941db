namespace ParIndex.Tests.Csv;

/// <summary>Assessment records as a unit and its appraiser write them, in the dialects Excel saves.</summary>
public class AssessmentsCsvTests
{
    private static ReadResult<System.Collections.Immutable.ImmutableArray<ParIndex.Assessments.AssessmentRecord>> Read(string text, CsvOptions? options = null) =>
        AssessmentsCsv.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), options, "a.csv");

    [Fact]
    public void Read_OneCodeWithTwoNames_IsAProblemAtTheSecondName()
    {
        // Main kept one record, Sở A, with both leaves; Sở Tư pháp vanished without a word.
        const string Text = "unit,name,year,code,self\nA,Sở A,2023,1.1.1,1\nA,Sở Tư pháp,2023,1.1.2,1\n";

        var result = AssessmentsCsv.Read(new MemoryStream(Encoding.UTF8.GetBytes(Text)), null, "records.csv");

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticKind.DuplicateCode, 3, 2), (problem.Kind, problem.Line, problem.Column));
        Assert.StartsWith("unit A is named 'Sở Tư pháp' here but 'Sở A' at records.csv:2", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TwoLeavesOfOneUnit_KeepsSelfAppraisedEvidenceAndNotApplicable()
    {
        var result = Read("""
            unit,name,year,code,self,appraised,reason,evidence
            A,Sở A,2023,1.1.1,1,0.5,thiếu minh chứng,12/KH-UBND; 15/BC-UBND
            A,Sở A,2023,1.1.2,không áp dụng,,,

            """);

        var record = Assert.Single(result.GetValueOrThrow());
        Assert.Equal("A", record.Unit.Code);
        Assert.Equal("Sở A", record.Unit.Name);
        Assert.Equal(2023, record.Year);
        var first = record.Leaves[0];
        Assert.Equal(1m, first.SelfScore);
        Assert.Equal(0.5m, first.AppraisedScore);
        Assert.Equal("thiếu minh chứng", first.AppraisalReason);
        Assert.Equal(["12/KH-UBND", "15/BC-UBND"], first.Evidence.Select(e => e.DocumentNumber));
        Assert.True(record.Leaves[1].NotApplicable);
        Assert.Null(record.Leaves[1].SelfScore);
    }

    [Fact]
    public void Read_SemicolonFileWithDecimalCommas_ReadsHalfAPoint()
    {
        // Excel where the list separator is ';' writes "0,5": a decimal comma, 0.5 points.
        var result = Read("unit;name;year;code;self\nA;Sở A;2023;1.1.1;0,5\n");

        Assert.Equal(0.5m, Assert.Single(result.GetValueOrThrow()).Leaves[0].SelfScore);
    }

    [Theory]
    // Points are whole units of 10⁻¹⁰: main showed self 0.00000000001 beside the appraisal it took as 0.
    [InlineData("unit,name,year,code,self\nA,Sở A,2023,1.1.1,0.00000000001\n", 5, "'0.00000000001' has more than 10 decimal places, the most points have")]
    [InlineData("unit,name,year,code,self,appraised\nA,Sở A,2023,1.1.1,1,0.50000000001\n", 6, "'0.50000000001' has more than 10 decimal places, the most points have")]
    public void Read_PointsWithMoreThanTenDecimals_IsAProblemAtItsCell(string text, int column, string expected)
    {
        var result = Read(text);

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal((2, column, expected), (problem.Line, problem.Column, problem.Message));
        Assert.Empty(result.Value);
    }

    [Fact]
    public void Read_DecimalCommaInCommaFile_IsAProblemAtItsCellQuotingIt()
    {
        var result = Read("unit,name,year,code,self\nA,Sở A,2023,1.1.1,\"0,5\"\n");

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal((2, 5), (problem.Line, problem.Column));
        Assert.Equal("a.csv", problem.File);
        Assert.Contains("'0,5'", problem.Message, System.StringComparison.Ordinal);
        Assert.Empty(result.Value);
    }

    [Fact]
    public void Read_UnitInNfcAndNfd_IsOneUnit()
    {
        var nfd = "Sở A".Normalize(NormalizationForm.FormD);
        var result = Read($"unit,name,year,code,self\nSở A,x,2023,1.1.1,1\n{nfd},x,2023,1.1.2,0\n");

        Assert.Equal(2, Assert.Single(result.GetValueOrThrow()).Leaves.Length);
    }

    [Fact]
    public void Read_AUnitInTwoYears_IsAProblemOnTheSecondRow()
    {
        var result = Read("unit,name,year,code,self\nA,Sở A,2023,1.1.1,1\nA,Sở A,2024,1.1.2,1\n");

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal((3, 3), (problem.Line, problem.Column));
        Assert.Throws<InvalidInputException>(() => result.GetValueOrThrow());
    }
}
