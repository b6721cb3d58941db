namespace ParIndex.Geography;

/// <summary>Which list of provincial units a code or a name belongs to. The value is the number of units.</summary>
/// <remarks>Seven codes (15, 24, 44, 52, 80, 82, 91) denote a different unit in each list, so a code alone is not a
/// key.</remarks>
internal enum ProvinceListId
{
    /// <summary>The 34 units from 1 July 2025 (Resolution 202/2025/QH15; codes of Official Letter 915/CTK-CSCL).</summary>
    Units34 = 34,

    /// <summary>The 63 units from 1 August 2008 to 30 June 2025 (codes of the General Statistics Office).</summary>
    Units63 = 63,
}
