using System.Reflection;
using Microsoft.ML;

namespace Monitoring.Learning;

/// <summary>
/// Tells an <see cref="MLContext"/> to stop what it runs. ML.NET 6 implements the stop
/// (<c>ICancelable.CancelExecution</c>) but keeps the interface internal, so it is reached by name;
/// when a later version drops it, nothing happens and the caller's wait gives up on the fit instead.
/// </summary>
internal static class MlCancellation
{
    private static readonly MethodInfo? CancelExecution =
        typeof(MLContext).GetInterface("Microsoft.ML.Runtime.ICancelable")?.GetMethod("CancelExecution");

    /// <summary>True when this ML.NET build exposes the stop.</summary>
    public static bool Supported => CancelExecution is not null;

    public static void Cancel(MLContext context)
    {
        try
        {
            CancelExecution?.Invoke(context, null);
        }
        catch (TargetInvocationException)
        {
            // Stopping is best effort: the caller has already given up waiting.
        }
    }
}
