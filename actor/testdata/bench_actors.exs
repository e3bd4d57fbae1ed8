# The workloads of actor/bench_actors_test.go as GenServers, for the
# comparison `just bench-actors` prints. Prints "name value" lines.
Logger.configure(level: :emergency)
:logger.set_primary_config(:level, :none)

defmodule Echo do
  use GenServer
  def init(s), do: {:ok, s}
  def handle_call({:echo, m}, _from, s), do: {:reply, m, s}
end

defmodule Counter do
  use GenServer
  def init(_), do: {:ok, 0}
  def handle_cast(:inc, n), do: {:noreply, n + 1}
  def handle_call(:count, _from, n), do: {:reply, n, n}
end

defmodule Idle do
  use GenServer
  def init(s), do: {:ok, s}
  def handle_call(:ping, _from, s), do: {:reply, :pong, s}
end

defmodule Crasher do
  use GenServer
  def start_link(_), do: GenServer.start_link(__MODULE__, nil, name: :crasher)
  def init(s) do
    send(:driver, :up)
    {:ok, s}
  end

  def handle_call(:crash, _from, _s), do: raise(ArgumentError, "boom")
end

defmodule Bench do
  def rate(n, fun) do
    {us, _} = :timer.tc(fun)
    n / (us / 1_000_000)
  end

  def calls(n) do
    {:ok, e} = GenServer.start(Echo, nil)
    rate(n, fn -> Enum.each(1..n, fn i -> GenServer.call(e, {:echo, i}) end) end)
  end

  def casts(n) do
    {:ok, c} = GenServer.start(Counter, nil)
    rate(n, fn ->
      Enum.each(1..n, fn _ -> GenServer.cast(c, :inc) end)
      ^n = GenServer.call(c, :count, :infinity)
    end)
  end

  def spawns(n) do
    :erlang.garbage_collect()
    before = :erlang.memory(:total)
    r = rate(n, fn -> Enum.each(1..n, fn _ -> {:ok, _} = GenServer.start(Idle, nil) end) end)
    after_ = :erlang.memory(:total)
    {r, (after_ - before) / n}
  end

  def restarts(n) do
    Process.register(self(), :driver)
    {:ok, _} =
      Supervisor.start_link([Crasher], strategy: :one_for_one, max_restarts: 10 * n, max_seconds: 1)
    receive do: (:up -> :ok)
    rate(n, fn -> crash(n) end)
  end

  defp crash(0), do: :ok

  defp crash(n) do
    try do
      GenServer.call(:crasher, :crash)
    catch
      :exit, {{%ArgumentError{}, _}, _} -> :ok
    end
    receive do: (:up -> :ok)
    crash(n - 1)
  end
end

# Each workload's rate per CPU-second too (the runtime of all the VM's
# threads), which a busy machine moves much less than the wall clock.
defmodule Cpu do
  def run(n, fun) do
    :erlang.statistics(:runtime)
    r = fun.()
    {_, ms} = :erlang.statistics(:runtime)
    {r, n / (max(ms, 1) / 1000)}
  end
end

{calls, calls_cpu} = Cpu.run(100_000, fn -> Bench.calls(100_000) end)
IO.puts("calls #{calls}")
IO.puts("calls_cpu #{calls_cpu}")
{casts, casts_cpu} = Cpu.run(500_000, fn -> Bench.casts(500_000) end)
IO.puts("casts #{casts}")
IO.puts("casts_cpu #{casts_cpu}")
{{spawns, bytes}, spawns_cpu} = Cpu.run(100_000, fn -> Bench.spawns(100_000) end)
IO.puts("spawns #{spawns}")
IO.puts("spawns_cpu #{spawns_cpu}")
IO.puts("bytes #{bytes}")
{restarts, restarts_cpu} = Cpu.run(2_000, fn -> Bench.restarts(2_000) end)
IO.puts("restarts #{restarts}")
IO.puts("restarts_cpu #{restarts_cpu}")
