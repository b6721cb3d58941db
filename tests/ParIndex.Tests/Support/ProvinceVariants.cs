using System.Globalization;

namespace ParIndex.Tests.Support;

/// <summary>A unit and one way a document may write its name.</summary>
public sealed record ProvinceVariant(Province Province, string Name)
{
    public override string ToString() => Province + " as '" + Name + "'";
}

/// <summary>Generators of the name variants met in documents and the press (docs/background.md, "Provinces"), composed at random.</summary>
public static class ProvinceVariants
{
    private static readonly (string Modern, string Old)[] s_tones =
        [("òa", "oà"), ("óa", "oá"), ("ỏa", "oả"), ("õa", "oã"), ("ọa", "oạ"), ("úy", "uý"), ("ùy", "uỳ"), ("ủy", "uỷ"), ("ũy", "uỹ"), ("ụy", "uỵ")];

    public static Gen<ProvinceVariant> Of(ProvinceList list) =>
        from province in Gen.Elements(list.Provinces.ToArray())
        from baseName in Gen.Elements(province.Name, province.AsciiName, province.EnglishName, province.FullName)
        from tones in Gen.Elements(false, true)
        from dash in Gen.Elements(" - ", "-", "–", " – ", "—", "\u2011", " \u2011 ")
        from prefix in Gen.Elements("", "", "Tỉnh ", "Thành phố ", "TP. ", "TP ", "Tp.", "T.P. ")
        from casing in Gen.Elements(0, 1, 2)
        from nfd in Gen.Elements(false, true)
        from spaces in Gen.Elements("", " ", "  ")
        select new ProvinceVariant(province, Apply(baseName, tones, dash, baseName == province.FullName ? "" : prefix, casing, nfd, spaces));

    private static string Apply(string name, bool oldTones, string dash, string prefix, int casing, bool nfd, string spaces)
    {
        var text = oldTones ? s_tones.Aggregate(name, (t, pair) => t.Replace(pair.Modern, pair.Old, StringComparison.Ordinal)) : name;
        text = text.Replace(" - ", dash, StringComparison.Ordinal).Replace("-", dash.Trim().Length == 0 ? "-" : dash, StringComparison.Ordinal);
        text = spaces + prefix + text.Replace(" ", " " + spaces, StringComparison.Ordinal) + spaces;
        text = casing switch
        {
            1 => text.ToUpper(CultureInfo.InvariantCulture),
            2 => text.ToLower(CultureInfo.InvariantCulture),
            _ => text,
        };
        return nfd ? text.Normalize(NormalizationForm.FormD) : text;
    }
}
