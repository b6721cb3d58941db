using System.Globalization;

namespace ParIndex.Tests.Properties;

/// <summary>Laws of a weighted mean over areas: each area one survey-percentage leaf on its own maximum.</summary>
public class WeightProperties
{
    // Points are kept to 10 decimal places, so two ways to the same mean may differ by a few units of 10⁻¹⁰ points.
    private const decimal Tolerance = 0.000001m;

    private static Gen<(int Max, int Percent)[]> Areas =>
        Gen.Choose(1, 8).SelectMany(n => Gen.ArrayOf(Gen.Choose(1, 40).Zip(Gen.Choose(0, 100)), n));

    private static Scorecard Score((int Max, int Percent)[] areas, decimal[] weights)
    {
        var methodology = new Methodology("LAW", "Thử nghiệm", SubjectKind.Custom, AssessmentYears.From(2023), 100m,
            areas.Select((a, i) => new Area
            {
                Code = Code(i), Name = "Lĩnh vực " + Code(i), MaxPoints = a.Max, Weight = weights[i],
                Criteria = [MethodologyBuilder.Leaf(Code(i) + ".1", a.Max, new SurveyPercentageRule(), AssessmentMethod.SociologicalSurvey)],
            }),
            aggregation: Aggregation.NormalisedWeightedMean);
        return new Scorer(methodology).Score(new ReportedIndicators(new AssessedUnit("U", "Sở U"), 2023,
            areas.Select((a, i) => KeyValuePair.Create(Code(i) + ".1", IndicatorValue.Percent(a.Percent))).ToDictionary()));
    }

    private static string Code(int i) => (i + 1).ToString(CultureInfo.InvariantCulture);

    [Property(MaxTest = 200)]
    public Property EqualWeights_GiveTheUnweightedMeanOfTheAreas() =>
        Prop.ForAll(Areas.ToArbitrary(), Gen.Choose(1, 1000).ToArbitrary(), (areas, weight) =>
        {
            var index = Score(areas, [.. areas.Select(_ => weight / 100m)]).Index;
            var mean = areas.Sum(a => (decimal)a.Percent) / areas.Length;
            return (System.Math.Abs(index - mean) <= Tolerance).Label($"index {index}, plain mean {mean}");
        });

    [Property(MaxTest = 200)]
    public Property ScalingEveryWeight_ChangesNothing() =>
        Prop.ForAll(Areas.SelectMany(a => Gen.ArrayOf(Gen.Choose(1, 100), a.Length).Select(w => (Areas: a, Weights: w))).ToArbitrary(), Gen.Choose(2, 5000).ToArbitrary(), (@case, factor) =>
        {
            var (areas, weights) = @case;
            var plain = Score(areas, [.. weights.Select(w => (decimal)w)]).Index;
            var scaled = Score(areas, [.. weights.Select(w => w * factor / 1000m)]).Index;
            return (System.Math.Abs(plain - scaled) <= Tolerance).Label($"weights {string.Join(", ", weights)} give {plain}; × {factor}/1000 give {scaled}");
        });
}
