using System.Collections.Generic;

namespace ParIndex.Methodologies;

// The embedded catalogue (Data/catalogue.json): versions of the official methodologies with their sources.

internal sealed class CatalogDocument
{
    public string? About { get; set; }

    public List<VersionDocument>? Versions { get; set; }
}

internal sealed class VersionDocument
{
    public string? Id { get; set; }

    public string? SubjectKind { get; set; }

    public YearsDocument? Years { get; set; }

    public List<LegalBasisDocument>? Decisions { get; set; }

    public string? Completeness { get; set; }

    public decimal? MaxPoints { get; set; }

    public decimal? SurveyPoints { get; set; }

    public int? AreaCount { get; set; }

    public int? CriterionCount { get; set; }

    public int? SubCriterionCount { get; set; }

    public List<AreaOutlineDocument>? Areas { get; set; }

    public List<string>? Notes { get; set; }

    public List<string>? Sources { get; set; }

    public string? Methodology { get; set; }
}

internal sealed class AreaOutlineDocument
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public decimal? MaxPoints { get; set; }

    public int? CriterionCount { get; set; }

    public int? SubCriterionCount { get; set; }
}
