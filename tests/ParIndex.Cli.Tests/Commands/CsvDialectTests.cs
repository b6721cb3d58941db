using System.Text;

namespace ParIndex.Cli.Tests.Commands;

/// <summary>CSV files as Excel saves them, through the tool: --separator and --encoding, and the refusals that name the
/// line instead of printing garbled names.</summary>
public sealed class CsvDialectTests : TempFileTests
{
    [Fact]
    public void Score_Cp1258File_IsRefusedWithTheLineAndTheEncodingToPass()
    {
        // "Sở A" in code page 1258: ơ is 0xF5, then the hook above as U+0309 (0xD2).
        var path = Bytes("units.csv", Cp1258(Samples.UnitA));

        var run = CliRun.Of("score", "-m", Samples.Methodology, "-i", path, "-f", "csv");

        run.IsBadInput("units.csv:2:2: the file is not UTF-8", "--encoding windows-1258");
    }

    [Fact]
    public void Score_Cp1258FileWithItsEncoding_PrintsTheNamesIntact()
    {
        var path = Bytes("units.csv", Cp1258(Samples.UnitA));

        var run = CliRun.Ok("score", "-m", Samples.Methodology, "-i", path, "-f", "csv", "--encoding", "windows-1258");

        run.Prints("A,Sở A,2023,6,7,85.71,"); // as the UTF-8 sample: 6 of 7
    }

    [Theory]
    [InlineData("latin1", "iso-8859-1")]
    [InlineData("windows-1258", "windows-1258")]
    [InlineData("1252", "windows-1252")]
    public void Score_Utf8FileReadInALegacyEncoding_IsRefusedAtTheFirstPlaceQuotingTheTextAsWritten(string encoding, string name)
    {
        // The sample file as committed: UTF-8 without a byte order mark, "Sở A" at line 2, column 2 (ở is E1 BB 9F).
        var run = CliRun.Refused("score", "-m", Samples.Methodology, "-i", Samples.Csv, "-f", "csv", "--encoding", encoding);

        Assert.Contains(
            $"indicators-ca-mau-fragment.csv:2:2: the file is UTF-8, not {name}: {name} would turn 'Sở A' into other letters; read it as UTF-8 (give no encoding) (Utf8ReadAsLegacy)",
            run.Error,
            StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Fact]
    public void Score_StatedSeparatorThatIsNotTheFiles_NamesTheFilesSeparator()
    {
        var path = Files.Write("units.csv", Samples.UnitA.Replace(',', ';'));

        var run = CliRun.Refused("score", "-m", Samples.Methodology, "-i", path, "--separator", ",");

        run.Says("separated by ';'");
    }

    [Fact]
    public void Score_UnknownEncoding_IsBadUsageNamingTheOption()
    {
        var run = CliRun.Refused("score", "-m", Samples.Methodology, "-i", Samples.Csv, "--encoding", "klingon");

        run.Says("--encoding");
    }

    [Fact]
    public void Score_Utf8FileWithAByteOrderMarkReadInACodePage_NamesTheMarkInWords()
    {
        // Main quoted the header as the code page read it: 'ï»¿unit' (the mark's three bytes as letters).
        var path = Bytes("units.csv", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Samples.UnitA)]);

        var run = CliRun.Refused("score", "-m", Samples.Methodology, "-i", path, "--encoding", "windows-1258");

        Assert.Contains(
            "units.csv:1:1: the file starts with a UTF-8 byte-order mark, but was read as windows-1258; read it as UTF-8 (give no encoding) (Utf8ReadAsLegacy)",
            run.Error,
            StringComparison.Ordinal);
        Assert.DoesNotContain("ï»¿", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_Utf8FileReadAsUtf16_SaysTheBytesAreEightBitText()
    {
        // Main: "missing columns 'unit', 'year', 'code', 'value'", the header decoded as CJK letters.
        var run = CliRun.Refused("score", "-m", Samples.Methodology, "-i", Samples.Csv, "--encoding", "utf-16");

        Assert.Contains(
            "indicators-ca-mau-fragment.csv:1:1: the file is not utf-16, the encoding given (its bytes are 8-bit text, ASCII or UTF-8: its first line reads 'unit,name,year,code,value'); give no encoding to read it as UTF-8, or the encoding it is in (InvalidEncoding)",
            run.Error,
            StringComparison.Ordinal);
    }

    private string Bytes(string name, byte[] content)
    {
        var path = Files.PathOf(name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private static byte[] Cp1258(string text) =>
        System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1258)!.GetBytes(text.Replace("ở", "ơ\u0309", StringComparison.Ordinal));
}
