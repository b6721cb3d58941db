using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using ParIndex.Geography;

namespace ParIndex.Benchmarks;

/// <summary>Match 100,000 provincial names in mixed forms (NFC/NFD, old tone placement, prefixes, dashes, case,
/// ASCII, English, abbreviations) to the 63 list, against a naive normalise-and-compare baseline.</summary>
[MemoryDiagnoser]
public class NameMatchingBenchmarks
{
    private static readonly string[] s_prefixes = ["", "Tỉnh ", "Thành phố ", "TP. ", "TP ", "T.P. "];
    private static readonly string[] s_extraNames = ["TP.HCM", "TP HCM", "HCM", "HCMC", "Sài Gòn", "TT-Huế", "BR-VT", "Đắc Lắc", "Bắc Cạn", "HN"];

    private string[] _names = null!;
    private (string Key, Province Province)[] _naiveKeys = null!;

    [Params(100_000)]
    public int Names { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var list = ProvinceList.Units63;
        var random = new Random(2024);
        _names = new string[Names];
        for (var i = 0; i < _names.Length; i++)
        {
            var p = list.Provinces[random.Next(list.Provinces.Length)];
            _names[i] = random.Next(8) switch
            {
                0 => p.Name.Normalize(NormalizationForm.FormD),
                1 => p.Name.Replace("òa", "oà", StringComparison.Ordinal).Replace("óa", "oá", StringComparison.Ordinal),
                2 => s_prefixes[random.Next(s_prefixes.Length)] + p.Name,
                3 => p.Name.Replace(" - ", "–", StringComparison.Ordinal).ToUpperInvariant(),
                4 => p.AsciiName,
                5 => p.EnglishName,
                6 => s_extraNames[random.Next(s_extraNames.Length)],
                _ => "  " + p.Name.ToLowerInvariant() + " ",
            };
        }
        // The baseline's table: the same names and aliases, normalised the naive way.
        _naiveKeys = [.. list.Provinces.SelectMany(p => new[] { p.Name, p.AsciiName, p.EnglishName }
            .Concat(ProvinceNameIndex.Aliases.Where(group => group.Contains(p.Name)).SelectMany(group => group))
            .Select(name => (NaiveKey(name), p)))];
        // The comparison is fair only if both find every name.
        if (NaiveNormaliseAndCompare() != Names || ProvinceNamesTryMatch() != Names)
        {
            throw new InvalidOperationException("The two methods do not match every generated name.");
        }
    }

    /// <summary>String.Normalize, a StringBuilder without marks, ToLowerInvariant, Replace for prefixes and dashes, then
    /// a linear scan of every known key.</summary>
    [Benchmark(Baseline = true)]
    public int NaiveNormaliseAndCompare()
    {
        var found = 0;
        foreach (var name in _names)
        {
            var key = NaiveKey(name);
            foreach (var (candidate, _) in _naiveKeys)
            {
                if (candidate == key)
                {
                    found++;
                    break;
                }
            }
        }
        return found;
    }

    [Benchmark]
    public int ProvinceNamesTryMatch()
    {
        var found = 0;
        foreach (var name in _names)
        {
            if (ProvinceNames.TryMatch(name, ProvinceList.Units63, out _))
            {
                found++;
            }
        }
        return found;
    }

    private static string NaiveKey(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var text = new StringBuilder();
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                text.Append(c);
            }
        }
        var lower = text.ToString().Replace('đ', 'd').Replace('Đ', 'D').ToLowerInvariant()
            .Replace("–", " ", StringComparison.Ordinal).Replace("-", " ", StringComparison.Ordinal).Replace(".", " ", StringComparison.Ordinal).Trim();
        foreach (var prefix in new[] { "tinh ", "thanh pho ", "tp ", "t p " })
        {
            if (lower.StartsWith(prefix, StringComparison.Ordinal))
            {
                lower = lower[prefix.Length..];
                break;
            }
        }
        if (lower.EndsWith(" city", StringComparison.Ordinal))
        {
            lower = lower[..^5];
        }
        return lower.Replace(" ", string.Empty, StringComparison.Ordinal);
    }
}
