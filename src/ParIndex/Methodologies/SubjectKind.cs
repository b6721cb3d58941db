namespace ParIndex.Methodologies;

/// <summary>The kind of unit a methodology assesses (đối tượng đánh giá).</summary>
public enum SubjectKind
{
    /// <summary>Provinces and centrally-run cities (UBND tỉnh, thành phố trực thuộc trung ương).</summary>
    Province = 0,

    /// <summary>Ministries and ministerial-level agencies (bộ, cơ quan ngang bộ).</summary>
    Ministry,

    /// <summary>Any other unit a province or ministry assesses with its own index: departments, districts, communes.</summary>
    Custom,
}
