using System.Threading;
using System.Threading.Tasks;

namespace ParIndex.Analysis;

/// <summary>The runs of a Monte Carlo analysis split in blocks over threads, each thread with a worker of its own whose
/// counts are merged at the end (under a lock, in any order: the counts are integers, so the sums do not depend on it).</summary>
internal static class MonteCarlo
{
    private const int Block = 250; // runs per work item and per progress report

    /// <summary>Refuses a thread count the runtime would refuse deep inside the runs, naming the options.</summary>
    internal static void CheckMaxThreads(int? maxThreads, string paramName) =>
        Preconditions.CheckArgument(maxThreads is null or >= 1, paramName, Invariant.Format($"MaxThreads must be at least 1 (or null for the processor count), not {maxThreads}."));

    internal static void Run<TWorker>(int runs, int? maxThreads, IProgress<int>? progress, Func<TWorker> create, Action<TWorker, int> run, Action<TWorker> merge, CancellationToken cancellationToken)
    {
        var done = 0;
        var gate = new object();
        Parallel.For(
            0,
            (runs + Block - 1) / Block,
            new ParallelOptions { MaxDegreeOfParallelism = maxThreads ?? Environment.ProcessorCount, CancellationToken = cancellationToken },
            create,
            (block, _, worker) =>
            {
                var end = Math.Min(runs, (block + 1) * Block);
                for (var r = block * Block; r < end; r++)
                {
                    run(worker, r);
                }
                progress?.Report(Interlocked.Add(ref done, end - (block * Block)));
                return worker;
            },
            worker =>
            {
                lock (gate)
                {
                    merge(worker);
                }
            });
    }
}
