namespace ParIndex.Tests.Surveys;

public class SurveyInstrumentsTests
{
    [Fact]
    public void All_HoldsTheFourVersionsInOrder()
    {
        Assert.Equal(["SIPAS-1383-2012", "SIPAS-2640-2017", "SIPAS-2022", "SIPAS-1001-2023"], SurveyInstruments.All.Select(i => i.Id));
    }

    [Fact]
    public void Decision2640_HasFiveElementsAndTwentyTwoCriteria()
    {
        var instrument = SurveyInstruments.Decision2640;

        // 2640/QĐ-BNV: 5 elements, 22 criteria (S10, S32); the split 4/5/6/3/4 is a reconstruction, not confirmed.
        Assert.Equal(["TC", "TT", "CC", "KQ", "GY"], instrument.Elements.Select(e => e.Code));
        Assert.Equal(22, instrument.Questions.Length);
        Assert.All(instrument.Questions, q => Assert.Same(AnswerScale.Satisfaction5, q.Scale));
        Assert.Equal("2640/QĐ-BNV", instrument.Decision!.DocumentNumber);
        Assert.True(instrument.Years.Contains(2017) && instrument.Years.Contains(2021) && !instrument.Years.Contains(2022));
    }

    [Fact]
    public void Questions_CarryStatusAndSources_NoReconstructionClaimsASource()
    {
        var tt1 = SurveyInstruments.Decision2640.Questions.Single(q => q.Code == "TT1");
        var tc3 = SurveyInstruments.Decision2640.Questions.Single(q => q.Code == "TC3");

        Assert.Equal(SourceStatus.Confirmed, tt1.Status);
        Assert.StartsWith("S32: https://thuvienphapluat.vn/", tt1.Sources.Single(), System.StringComparison.Ordinal);
        Assert.Equal(SourceStatus.Reconstructed, tc3.Status);
        Assert.Empty(tc3.Sources);
        Assert.All(SurveyInstruments.All.SelectMany(i => i.Questions).Where(q => q.Status != SourceStatus.Reconstructed), q => Assert.NotEmpty(q.Sources));
    }

    [Fact]
    public void Decision1001_HasOpinionsPolicyServiceAndExpectations()
    {
        var instrument = SurveyInstruments.Decision1001;

        Assert.Equal([SurveyPart.Opinion, SurveyPart.PublicPolicy, SurveyPart.ServiceDelivery, SurveyPart.Expectation], instrument.Elements.Select(e => e.Part).Distinct());
        Assert.Equal(8, instrument.Elements[0].Questions.Length);
        // 33 satisfaction statements of the replica (S37): 14 on policies, 19 on services.
        Assert.Equal(33, instrument.Questions.Count(q => q.Scale.IsSatisfaction));
        Assert.Equal(9, instrument.Elements.Single(e => e.Code == "MD").Questions.Length); // item 8 of 10 was not visible
        Assert.Same(instrument, SurveyInstruments.ForYear(2024));
    }

    [Fact]
    public void Decision1383_HasFourElementsWithoutQuestions()
    {
        var instrument = SurveyInstruments.Get("SIPAS-1383-2012");

        Assert.Equal(4, instrument.Elements.Length);
        Assert.Empty(instrument.Questions);
        Assert.NotEmpty(instrument.Notes);
    }

    [Fact]
    public void Get_UnknownId_Throws() =>
        Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => SurveyInstruments.Get("SIPAS-1999"));

    [Fact]
    public void All_IsTheModelTheJsonFileWrites_QuestionByQuestion()
    {
        // sipas-instruments.model.txt was written from Data/sipas-instruments.json by hand (a script outside the library):
        // every instrument, element and question with its scale, status, names and citations.
        var expected = RepositoryFiles.Read("tests/ParIndex.Tests/Surveys/sipas-instruments.model.txt")
            .ReplaceLineEndings("\n").Split('\n').Where(line => line.Length > 0 && !line.StartsWith('#')).ToList();

        var actual = SurveyInstruments.All.SelectMany(Lines).ToList();

        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(expected[i] == actual[i], FormattableString.Invariant($"line {i + 1}: expected\n{expected[i]}\nactual\n{actual[i]}"));
        }
    }

    private static IEnumerable<string> Lines(SurveyInstrument instrument)
    {
        yield return "instrument " + instrument.Id;
        yield return "title " + instrument.Title;
        yield return FormattableString.Invariant($"years {instrument.Years.First} {(instrument.Years.Last is { } last ? last.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-")}");
        yield return "decision " + (instrument.Decision is { } d ? d.DocumentNumber + " " + d.IssuedOn!.Value.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "none");
        foreach (var line in instrument.Sources.Select(s => "source " + s).Concat(instrument.Notes.Select(n => "note " + n)))
        {
            yield return line;
        }
        foreach (var element in instrument.Elements)
        {
            foreach (var line in Item($"element {element.Code} {element.Part} {element.Status}", element.Name, element.EnglishName, element.Sources))
            {
                yield return line;
            }
            foreach (var question in element.Questions)
            {
                foreach (var line in Item($"question {question.Code} {question.Scale.Name} {question.Status}", question.Name, question.EnglishName, question.Sources))
                {
                    yield return line;
                }
            }
        }
    }

    // An element or a question: its heading, its names and its sources, a line each.
    private static IEnumerable<string> Item(string heading, string name, string? englishName, IEnumerable<string> sources) =>
        [heading, "name " + name, "english " + (englishName ?? "-"), .. sources.Select(s => "source " + s)];
}
