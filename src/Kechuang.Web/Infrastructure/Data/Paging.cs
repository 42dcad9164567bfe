namespace Kechuang.Web.Infrastructure.Data;

public static class Paging
{
    /// <summary>
    /// Rows to skip for a 1-based page of <paramref name="size"/> rows (the size the query takes, already clamped).
    /// Computed in 64 bits: page 2³¹ of 200 would otherwise wrap to a negative OFFSET, which PostgreSQL refuses
    /// (500) and SQLite reads as 0 (page 1 again).
    /// </summary>
    public static int Skip(int page, int size) => (int)Math.Min((long)(Math.Max(1, page) - 1) * size, int.MaxValue);
}
