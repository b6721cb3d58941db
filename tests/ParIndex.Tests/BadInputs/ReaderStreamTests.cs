namespace ParIndex.Tests.BadInputs;

/// <summary>
/// What every table reader of the CSV and workbook packages does with the stream or path it is given, entry point by
/// entry point: a null stream named as the parameter the caller sees, a closed stream or a folder refused as the
/// caller's mistake in the reader's words (not reported as a damaged file, nor as a denied permission), and a stream
/// that cannot seek read as a file would be.
/// </summary>
public class ReaderStreamTests
{
    private static readonly string IndicatorsBook = Path.Combine(RepositoryFiles.Root, "samples", "data", "indicators-ca-mau-fragment.xlsx");
    private static readonly string AsemBook = Path.Combine(RepositoryFiles.Root, "samples", "data", "composites", "asem.xlsx");
    private static readonly string IndicatorsCsvFile = Path.Combine(RepositoryFiles.Root, "samples", "data", "indicators-ca-mau-fragment.csv");

    /// <summary>Every public entry point of the two packages that reads a stream, by the name of its stream parameter.</summary>
    public static TheoryData<string, string> StreamReaders => new()
    {
        { "IndicatorsCsv.Read", "csv" }, { "IndicatorsCsv.ReadInto", "csv" }, { "AreaPointsCsv.Read", "csv" }, { "AssessmentsCsv.Read", "csv" },
        { "PublishedResultsCsv.Read", "csv" }, { "ReportedValuesCsv.Read", "csv" }, { "SurveyCsv.ReadInto", "csv" },
        { "IndicatorsXlsx.Read", "xlsx" }, { "IndicatorsXlsx.ReadInto", "xlsx" }, { "AreaPointsXlsx.Read", "xlsx" }, { "AssessmentsXlsx.Read", "xlsx" },
        { "PublishedResultsXlsx.Read", "xlsx" }, { "ReportedValuesXlsx.Read", "xlsx" }, { "SurveyXlsx.ReadInto", "xlsx" }, { "CompositeXlsx.Read", "xlsx" },
    };

    /// <summary>Every public entry point that opens a file by its path.</summary>
    public static TheoryData<string> PathReaders =>
    [
        "IndicatorsCsv.Read", "IndicatorsCsv.ReadInto", "AreaPointsCsv.Read", "AssessmentsCsv.Read", "PublishedResultsCsv.Read", "ReportedValuesCsv.Read",
        "CompositeTablesCsv.Read", "IndicatorsXlsx.Read", "IndicatorsXlsx.ReadInto", "AreaPointsXlsx.Read", "AssessmentsXlsx.Read",
        "PublishedResultsXlsx.Read", "ReportedValuesXlsx.Read", "CompositeXlsx.Read",
    ];

    [Theory]
    [MemberData(nameof(StreamReaders))]
    public void Read_NullStream_NamesTheParameterTheCallerSees(string reader, string parameter)
    {
        // Main named "stream" or "text", the internal table's own parameter, for every reader but the composite and survey ones.
        var error = Assert.Throws<ArgumentNullException>(() => ReadStream(reader, null!));

        Assert.Equal(parameter, error.ParamName);
    }

    [Theory]
    [MemberData(nameof(StreamReaders))]
    public void Read_ClosedStream_IsTheCallersMistake_NotADamagedFile(string reader, string parameter)
    {
        if (reader == "IndicatorsCsv.Read")
        {
            return; // it reads a TextReader: no StreamReader can be made on a closed stream, which .NET says itself
        }
        var closed = new MemoryStream(File.ReadAllBytes(parameter == "xlsx" ? IndicatorsBook : IndicatorsCsvFile));
        closed.Dispose();

        // Main reported a workbook as the file's fault: "the file is not an Excel workbook (.xlsx) that can be opened: it
        // is a zip package, but not an Excel workbook" (the composite reader threw the runtime's ObjectDisposedException),
        // and every CSV reader threw the runtime's ObjectDisposedException.
        var error = Assert.Throws<ArgumentException>(() => ReadStream(reader, closed));

        Assert.Equal(parameter, error.ParamName);
        Assert.StartsWith("the stream cannot be read: it is closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CompositeTablesCsv_ClosedStream_IsTheCallersMistakeNamingIt()
    {
        var open = new MemoryStream(File.ReadAllBytes(IndicatorsCsvFile));
        var closed = new MemoryStream();
        closed.Dispose();

        var error = Assert.Throws<ArgumentException>(() => CompositeTablesCsv.Read(open, closed, null, null, null));

        Assert.Equal("metadata", error.ParamName);
        Assert.StartsWith("the stream cannot be read: it is closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CompositeXlsx_StreamThatCannotSeek_GivesTheModelOfTheFile()
    {
        var fromFile = CompositeXlsx.Read(AsemBook, CompositeXlsx.DataSheet, CompositeXlsx.MetaSheet);

        // Main: NotSupportedException, "Specified method is not supported." (it set the stream's Position for each sheet).
        var fromPipe = CompositeXlsx.Read(new ForwardOnly(File.ReadAllBytes(AsemBook)), CompositeXlsx.DataSheet, CompositeXlsx.MetaSheet, "asem.xlsx");

        Assert.Equal(51, fromPipe.Raw.UnitCodes.Length); // COINr's ASEM example: 51 countries
        Assert.Equal(fromFile.Raw.UnitCodes.ToArray(), fromPipe.Raw.UnitCodes.ToArray());
        Assert.Equal(fromFile.Indicators.ToArray(), fromPipe.Indicators.ToArray());
        Assert.Equal(fromFile.Raw.Column("LPI").ToArray(), fromPipe.Raw.Column("LPI").ToArray());
    }

    [Fact]
    public void IndicatorsXlsx_TextInAStreamThatCannotSeek_IsToldAsText()
    {
        // Main could not look at the first bytes again and blamed the zip structure: "its zip structure is damaged: an
        // entry cannot be found or decompressed".
        var result = IndicatorsXlsx.Read(new ForwardOnly(File.ReadAllBytes(IndicatorsCsvFile)), CaMau1880.Fragment, null, "units.xlsx");

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticKind.NotAWorkbook, problem.Kind);
        Assert.EndsWith("it is text (a CSV file?), not a zip package; give it a name ending .csv", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IndicatorsXlsx_StreamThatCannotSeek_GivesTheUnitsOfTheFile_AndIsLeftOpen()
    {
        var stream = new ForwardOnly(File.ReadAllBytes(IndicatorsBook));

        var units = IndicatorsXlsx.Read(stream, CaMau1880.Fragment, null, "units.xlsx").GetValueOrThrow();

        Assert.Equal(["A", "B", "C"], units.Select(u => u.Unit.Code));
        Assert.False(stream.Closed);
    }

    [Theory]
    [MemberData(nameof(PathReaders))]
    public void Read_FolderForAFile_IsAnIOExceptionSayingItIsAFolder(string reader)
    {
        var folder = Directory.CreateTempSubdirectory("parindex-").FullName;
        try
        {
            // Main: UnauthorizedAccessException, "Access to the path '…' is denied.", which no reader documents.
            var error = Assert.ThrowsAny<IOException>(() => ReadPath(reader, folder));

            Assert.Equal($"'{folder}' is a folder, not a file: give the name of a file in it", error.Message);
        }
        finally
        {
            Directory.Delete(folder);
        }
    }

    private static object ReadStream(string reader, Stream stream)
    {
        var methodology = CaMau1880.Fragment;
        var plan = ReformPlan.Seeds[0];
        return reader switch
        {
            "IndicatorsCsv.Read" => IndicatorsCsv.Read((TextReader)(stream is null ? null! : new StreamReader(stream)), methodology, null, null),
            "IndicatorsCsv.ReadInto" => Into(b => IndicatorsCsv.ReadInto(b, stream, null, null)),
            "AreaPointsCsv.Read" => AreaPointsCsv.Read(stream, null, null),
            "AssessmentsCsv.Read" => AssessmentsCsv.Read(stream, null, null),
            "PublishedResultsCsv.Read" => PublishedResultsCsv.Read(stream, PublishedIndex.Par, null, null),
            "ReportedValuesCsv.Read" => ReportedValuesCsv.Read(stream, plan, null, null),
            "SurveyCsv.ReadInto" => Tally(t => SurveyCsv.ReadInto(stream, t, null)),
            "IndicatorsXlsx.Read" => IndicatorsXlsx.Read(stream, methodology, null, null),
            "IndicatorsXlsx.ReadInto" => Into(b => IndicatorsXlsx.ReadInto(b, stream, null, null)),
            "AreaPointsXlsx.Read" => AreaPointsXlsx.Read(stream, null, null),
            "AssessmentsXlsx.Read" => AssessmentsXlsx.Read(stream, null, null),
            "PublishedResultsXlsx.Read" => PublishedResultsXlsx.Read(stream, PublishedIndex.Par, null, null),
            "ReportedValuesXlsx.Read" => ReportedValuesXlsx.Read(stream, plan, null, null),
            "SurveyXlsx.ReadInto" => Tally(t => SurveyXlsx.ReadInto(stream, t, null)),
            "CompositeXlsx.Read" => CompositeXlsx.Read(stream, CompositeXlsx.DataSheet, CompositeXlsx.MetaSheet, null),
            _ => throw new ArgumentOutOfRangeException(nameof(reader), reader, null),
        };
    }

    private static object ReadPath(string reader, string path)
    {
        var methodology = CaMau1880.Fragment;
        var plan = ReformPlan.Seeds[0];
        return reader switch
        {
            "IndicatorsCsv.Read" => IndicatorsCsv.Read(path, methodology, null),
            "IndicatorsCsv.ReadInto" => Into(b => IndicatorsCsv.ReadInto(b, path, null)),
            "AreaPointsCsv.Read" => AreaPointsCsv.Read(path, null),
            "AssessmentsCsv.Read" => AssessmentsCsv.Read(path, null),
            "PublishedResultsCsv.Read" => PublishedResultsCsv.Read(path, PublishedIndex.Par, null),
            "ReportedValuesCsv.Read" => ReportedValuesCsv.Read(path, plan, null),
            "CompositeTablesCsv.Read" => CompositeTablesCsv.Read(path, path, null),
            "IndicatorsXlsx.Read" => IndicatorsXlsx.Read(path, methodology, null),
            "IndicatorsXlsx.ReadInto" => Into(b => IndicatorsXlsx.ReadInto(b, path, null)),
            "AreaPointsXlsx.Read" => AreaPointsXlsx.Read(path, null),
            "AssessmentsXlsx.Read" => AssessmentsXlsx.Read(path, null),
            "PublishedResultsXlsx.Read" => PublishedResultsXlsx.Read(path, PublishedIndex.Par, null),
            "ReportedValuesXlsx.Read" => ReportedValuesXlsx.Read(path, plan, null),
            "CompositeXlsx.Read" => CompositeXlsx.Read(path, CompositeXlsx.DataSheet, CompositeXlsx.MetaSheet),
            _ => throw new ArgumentOutOfRangeException(nameof(reader), reader, null),
        };
    }

    private static ReadResult<ImmutableArray<ReportedIndicators>> Into(Action<ReportedIndicatorsBuilder> read)
    {
        var builder = new ReportedIndicatorsBuilder(CaMau1880.Fragment);
        read(builder);
        return builder.Build();
    }

    private static SurveyTally Tally(Action<SurveyTally> read)
    {
        var tally = new SurveyTally(SurveyInstrument.ForYear(2019)!);
        read(tally);
        return tally;
    }

    /// <summary>Bytes read once, front to back, as from a network or a pipe: it cannot seek nor tell its length.</summary>
    private sealed class ForwardOnly(byte[] bytes) : Stream
    {
        private readonly MemoryStream _inner = new(bytes);

        public bool Closed { get; private set; }

        public override bool CanRead => !Closed;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            Closed = true;
            base.Dispose(disposing);
        }
    }
}
