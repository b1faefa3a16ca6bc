namespace InformingFutures.Web.Site;

/// <summary>
/// Something a feature derives from the content (the search catalogue and its script, the sitemap, the feed, the
/// offline copy's list): built by <see cref="SiteBuilder"/> for every snapshot before the snapshot is swapped in, so a
/// request never builds it, never waits for it and never reads one of another version. Features register theirs; the
/// snapshot knows none of them, so it depends on no feature.
/// </summary>
public interface ISnapshotPart
{
    Type PartType { get; }

    object Build(SiteSnapshot snapshot);
}

/// <summary>A part of type <typeparamref name="T"/>, read from a snapshot with <see cref="SiteSnapshot.Part{T}"/>.</summary>
public abstract class SnapshotPart<T> : ISnapshotPart
    where T : class
{
    public Type PartType => typeof(T);

    object ISnapshotPart.Build(SiteSnapshot snapshot) => Build(snapshot);

    /// <param name="snapshot">The new snapshot, complete but for its parts; a part may read the parts registered before it.</param>
    public abstract T Build(SiteSnapshot snapshot);
}
