using System.Text;

namespace ParIndex.Utility;

/// <summary>Text normalisation shared by the model.</summary>
internal static class Text
{
    /// <summary>Vietnamese names are kept in Unicode NFC, so that "Hòa" typed in NFD compares equal.</summary>
    internal static string Nfc(string text) => text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
}
