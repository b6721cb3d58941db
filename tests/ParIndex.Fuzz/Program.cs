using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using SharpFuzz;

namespace ParIndex.Fuzz;

/// <summary>
/// <c>fuzz TARGET</c>: the afl++ harness (run.sh starts it under afl-fuzz); <c>replay [TARGET…]</c>: every seed and
/// every named bad input once, checking the invariant (CI); <c>run TARGET FILE…</c>: some inputs once, printing what happened.
/// </summary>
internal static class Program
{
    // An input slower than this is a hang (the limit afl-fuzz gets from run.sh).
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(1);

    // The seeds, and the named bad inputs (among them what afl-fuzz found, kept once fixed), by target.
    private static readonly string[] Stored = ["tests/ParIndex.Fuzz/corpus", "tests/ParIndex.Tests/BadInputs", "tests/ParIndex.Cli.Tests/BadInputs"];

    private static int Main(string[] args)
    {
        switch (args)
        {
            case ["fuzz", var name] when Targets.All.TryGetValue(name, out var target):
                WarmUp(target);
                Fuzzer.Run(stream =>
                {
                    using var memory = new MemoryStream();
                    stream.CopyTo(memory);
                    Watched(target, memory.ToArray());
                });
                return 0;
            case ["replay", .. var names] when names.All(Targets.All.ContainsKey):
                return Replay(names.Length == 0 ? [.. Targets.All.Keys] : names);
            case ["run", var name, .. var files] when Targets.All.TryGetValue(name, out var target):
                foreach (var file in files)
                {
                    var watch = Stopwatch.StartNew();
                    try
                    {
                        target(File.ReadAllBytes(file));
                        Console.WriteLine($"{file}: ok ({watch.ElapsedMilliseconds} ms)");
                    }
                    catch (Exception e)
                    {
                        Console.WriteLine($"{file}: CRASH ({watch.ElapsedMilliseconds} ms)\n{e}");
                    }
                }
                return 0;
            default:
                Console.Error.WriteLine("usage: ParIndex.Fuzz fuzz TARGET | replay [TARGET…] | run TARGET FILE…\ntargets: " + string.Join(", ", Targets.All.Keys));
                return 2;
        }
    }

    // In process (Fuzzer.Run, fast), afl-fuzz must never have to kill the harness: that would end the whole session. So a
    // slow input is stopped here and reported as a crash (a TimeoutException), and afl-fuzz's own timeout is a backstop.
    // Slow means more than 1 s of processor time (the harness does one thing at a time), so that a machine busy with
    // other work does not turn into hangs; 10 s of waiting is a hang whatever the machine.
    private static void Watched(Action<byte[]> target, byte[] input)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var run = Task.Run(() =>
        {
            // Each input on a pool thread: the edge trace starts afresh, whichever thread it is.
            SharpFuzz.Common.Trace.PrevLocation = 0;
            target(input);
        });
        while (!run.Wait(Limit / 10))
        {
            process.Refresh();
            if (process.TotalProcessorTime - cpu > Limit || watch.Elapsed > Limit * 10)
            {
                throw new TimeoutException("hang: no answer after " + (process.TotalProcessorTime - cpu).TotalSeconds + " s of processor time");
            }
        }
    }

    // The first calls JIT-compile the readers: done before the fork server starts, they stay out of afl's timeout. The
    // instrumented code writes its trace to SharpFuzz's map, which exists only once Fuzzer.Run has set it: until then,
    // a scratch map.
    private static unsafe void WarmUp(Action<byte[]> target)
    {
        if (Environment.GetEnvironmentVariable("PARINDEX_FUZZ_SEEDS") is not { } seeds || !Directory.Exists(seeds))
        {
            return;
        }
        SharpFuzz.Common.Trace.SharedMem = (byte*)NativeMemory.AllocZeroed(1 << 16);
        foreach (var file in Directory.EnumerateFiles(seeds))
        {
            try
            {
                target(File.ReadAllBytes(file));
            }
            catch (Exception)
            {
                // A crashing seed is afl-fuzz's to report.
            }
        }
    }

    private static int Replay(string[] names)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "ParIndex.sln")))
        {
            root = root.Parent;
        }
        if (root is null)
        {
            Console.Error.WriteLine("replay: the repository (ParIndex.sln) is not above " + AppContext.BaseDirectory);
            return 2;
        }
        int passed = 0, failed = 0;
        foreach (var name in names)
        {
            var inputs = Stored
                .Select(folder => Path.Combine(root.FullName, folder, name))
                .Where(Directory.Exists)
                .SelectMany(Directory.EnumerateFiles)
                .Where(file => !file.EndsWith(".expected", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .ToList();
            foreach (var file in inputs)
            {
                // A slow first run may be the JIT compiling; a second one is a hang.
                var problem = Once(Targets.All[name], file);
                if (problem is "slow")
                {
                    var again = Once(Targets.All[name], file);
                    problem = again is "slow" ? "hang (over " + Limit.TotalSeconds + " s of processor time twice)" : again;
                }
                if (problem is null)
                {
                    passed++;
                }
                else
                {
                    failed++;
                    Console.WriteLine($"FAIL {name} {Path.GetRelativePath(root.FullName, file)}: {problem}");
                }
            }
        }
        Console.WriteLine($"fuzz replay: {passed} passed, {failed} failed");
        return failed == 0 ? 0 : 1;
    }

    private static string? Once(Action<byte[]> target, string file)
    {
        try
        {
            Watched(target, File.ReadAllBytes(file));
            return null;
        }
        catch (TimeoutException)
        {
            return "slow";
        }
        catch (AggregateException e)
        {
            return "crash: " + e.InnerException;
        }
    }
}
