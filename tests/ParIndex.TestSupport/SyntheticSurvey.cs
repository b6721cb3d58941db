using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using ParIndex.Geography;
using ParIndex.Methodologies;
using ParIndex.Surveys;

namespace ParIndex.TestSupport;

/// <summary>
/// A seeded synthetic survey for the tests and the benchmarks (kept out of the shipped assembly), sized like the real one when asked (≈ 40,000 respondents ×
/// ≈ 100 questions): every province of the 63-unit list, each with its own level of satisfaction, sampling weights
/// between 0.5 and 2, and some blanks and "don't know" answers. Not data: nothing here describes a real survey.
/// </summary>
public static class SyntheticSurvey
{
    /// <summary>The survey year of every response.</summary>
    public const int Year = 2023;

    /// <summary>An instrument of <paramref name="questions"/> questions in elements of five: the first fifth of the elements
    /// policy, the rest service delivery; every tenth question yes/no, the others on the satisfaction scale.</summary>
    public static SurveyInstrument Instrument(int questions)
    {
        var elements = new List<SurveyElement>();
        for (var first = 0; first < questions; first += 5)
        {
            var e = first / 5;
            var items = Enumerable.Range(first, Math.Min(5, questions - first)).Select(i => new SurveyQuestion(
                "Q" + (i + 1).ToString(CultureInfo.InvariantCulture), "Câu hỏi " + (i + 1).ToString(CultureInfo.InvariantCulture),
                i % 10 == 9 ? AnswerScale.YesNo : AnswerScale.Satisfaction5));
            var part = e < Math.Max(1, questions / 25) && questions > 5 ? SurveyPart.PublicPolicy : SurveyPart.ServiceDelivery;
            elements.Add(new SurveyElement("E" + (e + 1).ToString(CultureInfo.InvariantCulture), "Yếu tố " + (e + 1).ToString(CultureInfo.InvariantCulture), part, items));
        }
        return new SurveyInstrument("SYNTHETIC", "Khảo sát giả lập", AssessmentYears.From(2017), elements);
    }

    /// <summary>Generates <paramref name="count"/> responses lazily, one at a time, always the same for a seed: from
    /// every province of the 63-unit list, or from <paramref name="provinces"/> (a small survey's few).</summary>
    public static IEnumerable<SurveyResponse> Responses(SurveyInstrument instrument, int count, int seed = 2017, IReadOnlyList<Province>? provinces = null)
    {
        var random = new Random(seed);
        provinces ??= ProvinceList.Units63.Provinces;
        // Each province's chance that an answer is satisfied, 0.6 to 0.95.
        var level = provinces.Select(_ => 0.6 + (0.35 * random.NextDouble())).ToArray();
        var questions = instrument.Questions;
        for (var r = 0; r < count; r++)
        {
            var p = random.Next(provinces.Count);
            var answers = new byte[questions.Length];
            for (var i = 0; i < answers.Length; i++)
            {
                var u = random.NextDouble();
                answers[i] = u switch
                {
                    < 0.02 => AnswerScale.NoAnswerCode,
                    < 0.05 => AnswerScale.DontKnowCode,
                    _ when !questions[i].Scale.IsSatisfaction => (byte)(1 + random.Next(questions[i].Scale.MaxCode)),
                    _ when random.NextDouble() < level[p] => (byte)(4 + random.Next(2)),
                    _ => (byte)(1 + random.Next(3)),
                };
            }
            yield return new SurveyResponse(Year, provinces[p], ImmutableCollectionsMarshal.AsImmutableArray(answers), 0.5 + (1.5 * random.NextDouble()));
        }
    }
}
