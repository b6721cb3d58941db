using NJsonSchema;

namespace ParIndex.Tests.Methodologies;

/// <summary>The JSON Schema shipped in the package and in docs/ agrees with the reader and writer.</summary>
public class MethodologySchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromJsonAsync(Methodology.JsonSchema).GetAwaiter().GetResult();

    [Fact]
    public void DocsCopy_IsTheShippedSchema() =>
        Assert.Equal(RepositoryFiles.Read("docs/methodology.schema.json").ReplaceLineEndings(), Methodology.JsonSchema.ReplaceLineEndings());

    [Fact]
    public void EmbeddedSamples_Validate()
    {
        foreach (var sample in ParIndex.Methodologies.Methodology.Samples)
        {
            Assert.Empty(Schema.Validate(Methodology.WriteJson(sample)));
        }
    }

    [Fact]
    public void CaMauFragment_Validates() =>
        Assert.Empty(Schema.Validate(Methodology.WriteJson(CaMau1880.Fragment)));

    [Property(MaxTest = 50)]
    public Property EveryWrittenMethodology_Validates() =>
        Prop.ForAll(Generators.Methodologies.ToArbitrary(), methodology =>
            Assert.Empty(Schema.Validate(Methodology.WriteJson(methodology))));

    [Theory]
    [InlineData("\"kind\": \"yesNo\"", "\"kind\": \"yes-no\"")]
    [InlineData("\"formatVersion\": 1", "\"formatVersion\": 2")]
    [InlineData("\"subjectKind\": \"custom\"", "\"subjectKind\": \"tỉnh\"")]
    [InlineData("\"maxPoints\": 7", "\"maxPoint\": 7")]
    [InlineData("\"lowerInclusive\": false,", "")]
    [InlineData("\"first\": 2013", "\"first\": 13")] // a year outside 2000–2100
    [InlineData("\"maxPoints\": 7", "\"maxPoints\": 700000000")] // above 100,000,000
    [InlineData("\"dueYearOffset\": -1", "\"dueYearOffset\": 2024")] // a year typed as an offset
    public void MalformedDocuments_FailTheSchemaToo(string find, string replace)
    {
        var json = Methodology.WriteJson(CaMau1880.Fragment);
        var broken = ReplaceFirst(json, find, replace);
        Assert.NotEqual(json, broken);

        Assert.NotEmpty(Schema.Validate(broken));
        Assert.Throws<ParIndex.Methodologies.InvalidMethodologyException>(() => Methodology.ParseJson(broken));
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return at < 0 ? text : string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length));
    }
}
