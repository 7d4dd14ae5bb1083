namespace Monitoring.Grains.Storage;

/// <summary>A grain whose live state <see cref="CheckpointPolicy"/> writes when its policy says so.</summary>
internal interface ICheckpointed
{
    /// <summary>Writes the grain's state now.</summary>
    Task WriteStateAsync();
}
