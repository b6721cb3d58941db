namespace ParIndex.Rules;

/// <summary>How numbers are written in a file (dấu thập phân): with a decimal point ("86.19", invariant) or with a
/// decimal comma ("86,19", as Excel writes them in Việt Nam and other decimal-comma locales).</summary>
/// <remarks>
/// A CSV file separated by commas can only hold decimal points; Excel saves ";"-separated CSV where the list separator
/// is ";", which is where numbers carry decimal commas. Numbers are never guessed: text that reads two ways is an
/// error that says so (see <see cref="IndicatorValue.TryParse"/>).
/// </remarks>
public enum DecimalMark
{
    /// <summary>"86.19": a dot marks decimals; a comma anywhere in a number is an error.</summary>
    Point = 0,

    /// <summary>"86,19" and "1.234,5": a comma marks decimals and dots group thousands. A lone dot is read as a decimal
    /// point ("87.5") unless three digits follow it ("1.234" could be either, so it is an error).</summary>
    Comma,
}
