namespace ParIndex.Tests.Properties;

public class ProvinceNameProperties
{
    [Property(MaxTest = 1000)]
    public Property Match_AnyVariantOfA63Name_FindsThatUnit() =>
        Prop.ForAll(ProvinceVariants.Of(ProvinceList.Units63).ToArbitrary(), v => Assert.Equal(v.Province, ProvinceNames.Match(v.Name, ProvinceList.Units63)));

    [Property(MaxTest = 1000)]
    public Property Match_AnyVariantOfA34Name_FindsThatUnit() =>
        Prop.ForAll(ProvinceVariants.Of(ProvinceList.Units34).ToArbitrary(), v => Assert.Equal(v.Province, ProvinceNames.Match(v.Name, ProvinceList.Units34)));

    [Property(MaxTest = 1000)]
    public Property Match_AnyText_EitherAgreesWithTryMatchOrThrowsProvinceNameException() =>
        Prop.ForAll(
            Gen.OneOf(
                ArbMap.Default.GeneratorFor<string>(),
                Gen.Choose(0, 80).SelectMany(n => Gen.ArrayOf(Gen.Elements("Hà", "Nội", "TP.", "–", " ", "Đ", "\u0301", "\u00A0", "x", "🙂", "Huế", "Tỉnh"), n)).Select(parts => string.Concat(parts)))
                .Select(text => text ?? string.Empty).ToArbitrary(),
            (string text) =>
            {
                var found = ProvinceNames.TryMatch(text, ProvinceList.Units63, out var province);
                try
                {
                    Assert.Equal(province, ProvinceNames.Match(text, ProvinceList.Units63));
                    Assert.True(found);
                }
                catch (ProvinceNameException e)
                {
                    Assert.False(found);
                    // A name offers its nearest units; a blank one is near none, and says it is blank.
                    if (string.IsNullOrWhiteSpace(text))
                    {
                        Assert.Empty(e.Candidates);
                        Assert.Contains("is blank", e.Message, StringComparison.Ordinal);
                    }
                    else
                    {
                        Assert.NotEmpty(e.Candidates);
                    }
                }
            });

    [Fact]
    public void Match_EveryUnitThroughEveryNameForm_RoundTrips()
    {
        // Exhaustive over units and the four stored forms; the properties above add the random combinations.
        foreach (var list in new[] { ProvinceList.Units63, ProvinceList.Units34 })
        {
            foreach (var p in list.Provinces)
            {
                foreach (var name in new[] { p.Name, p.AsciiName, p.EnglishName, p.FullName, p.Name.Normalize(System.Text.NormalizationForm.FormD), p.Name.ToUpperInvariant() })
                {
                    Assert.Equal(p, ProvinceNames.Match(name, list));
                }
            }
        }
    }
}
