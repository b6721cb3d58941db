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

    /// <summary>Every public entry point of the two packages that reads a stream or opens a path, a row each: its name, the
    /// name of its stream parameter, and a call of it with a stream and with a path (null where it has no such overload).</summary>
    private static readonly EntryPoint[] EntryPoints =
    [
        new("IndicatorsCsv.Read", "csv", s => IndicatorsCsv.Read((TextReader)(s is null ? null! : new StreamReader(s)), CaMau1880.Fragment, null, null), p => IndicatorsCsv.Read(p, CaMau1880.Fragment, null)),
        new("IndicatorsCsv.ReadInto", "csv", s => Into(b => IndicatorsCsv.ReadInto(b, s, null, null)), p => Into(b => IndicatorsCsv.ReadInto(b, p, null))),
        new("AreaPointsCsv.Read", "csv", s => AreaPointsCsv.Read(s, null, null), p => AreaPointsCsv.Read(p, null)),
        new("AssessmentsCsv.Read", "csv", s => AssessmentsCsv.Read(s, null, null), p => AssessmentsCsv.Read(p, null)),
        new("PublishedResultsCsv.Read", "csv", s => PublishedResultsCsv.Read(s, PublishedIndex.Par, null, null), p => PublishedResultsCsv.Read(p, PublishedIndex.Par, null)),
        new("ReportedValuesCsv.Read", "csv", s => ReportedValuesCsv.Read(s, ReformPlan.Seeds[0], null, null), p => ReportedValuesCsv.Read(p, ReformPlan.Seeds[0], null)),
        new("SurveyCsv.ReadInto", "csv", s => Tally(t => SurveyCsv.ReadInto(s, t, null)), null),
        new("CompositeTablesCsv.Read", null, null, p => CompositeTablesCsv.Read(p, p, null)), // two streams: CompositeTablesCsv_ClosedStream_IsTheCallersMistakeNamingIt
        new("IndicatorsXlsx.Read", "xlsx", s => IndicatorsXlsx.Read(s, CaMau1880.Fragment, null, null), p => IndicatorsXlsx.Read(p, CaMau1880.Fragment, null)),
        new("IndicatorsXlsx.ReadInto", "xlsx", s => Into(b => IndicatorsXlsx.ReadInto(b, s, null, null)), p => Into(b => IndicatorsXlsx.ReadInto(b, p, null))),
        new("AreaPointsXlsx.Read", "xlsx", s => AreaPointsXlsx.Read(s, null, null), p => AreaPointsXlsx.Read(p, null)),
        new("AssessmentsXlsx.Read", "xlsx", s => AssessmentsXlsx.Read(s, null, null), p => AssessmentsXlsx.Read(p, null)),
        new("PublishedResultsXlsx.Read", "xlsx", s => PublishedResultsXlsx.Read(s, PublishedIndex.Par, null, null), p => PublishedResultsXlsx.Read(p, PublishedIndex.Par, null)),
        new("ReportedValuesXlsx.Read", "xlsx", s => ReportedValuesXlsx.Read(s, ReformPlan.Seeds[0], null, null), p => ReportedValuesXlsx.Read(p, ReformPlan.Seeds[0], null)),
        new("SurveyXlsx.ReadInto", "xlsx", s => Tally(t => SurveyXlsx.ReadInto(s, t, null)), null),
        new("CompositeXlsx.Read", "xlsx", s => CompositeXlsx.Read(s, CompositeXlsx.DataSheet, CompositeXlsx.MetaSheet, null), p => CompositeXlsx.Read(p, CompositeXlsx.DataSheet, CompositeXlsx.MetaSheet)),
    ];

    /// <summary>Every entry point that reads a stream, by the name of its stream parameter.</summary>
    public static TheoryData<string, string> StreamReaders
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var entry in EntryPoints.Where(e => e.FromStream is not null))
            {
                data.Add(entry.Name, entry.Parameter!);
            }
            return data;
        }
    }

    /// <summary>Every entry point that opens a file by its path.</summary>
    public static TheoryData<string> PathReaders => new(EntryPoints.Where(e => e.FromPath is not null).Select(e => e.Name));

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

    private static object ReadStream(string reader, Stream stream) => EntryPoints.Single(e => e.Name == reader).FromStream!(stream);

    private static object ReadPath(string reader, string path) => EntryPoints.Single(e => e.Name == reader).FromPath!(path);

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

    private sealed record EntryPoint(string Name, string? Parameter, Func<Stream, object>? FromStream, Func<string, object>? FromPath);

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
