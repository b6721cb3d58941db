namespace ParIndex.Tests.Excel;

/// <summary>
/// <c>Files/inputs.libreoffice.xlsx</c>: a workbook saved by LibreOffice 7.4 (Debian's libreoffice-calc) from
/// <c>Files/inputs.fods</c>, a flat OpenDocument spreadsheet written by hand, with
/// <c>soffice --headless --convert-to xlsx inputs.fods</c>. Its sheets hold what people make in a spreadsheet and the
/// Open XML SDK in the tests does not: merged cells (a unit merged down over its rows, a title merged across, a header
/// merged over two header rows), percentages in LibreOffice's Vietnamese format <c>[$-42A]0.00\ %</c> (0.8619 shown
/// as "86,19 %"), numbers stored with <c>t="n"</c>, and empty cells written for covered ones.
/// </summary>
internal static class LibreOfficeInputs
{
    /// <summary>Gets the workbook's path.</summary>
    public static string Path { get; } = System.IO.Path.Combine(RepositoryFiles.Root, "tests", "ParIndex.Tests", "Excel", "Files", "inputs.libreoffice.xlsx");

    /// <summary>Opens the workbook.</summary>
    public static FileStream Open() => File.OpenRead(Path);
}
