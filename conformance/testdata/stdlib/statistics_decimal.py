# statistics on Decimal data: results keep the Decimal type and its exact
# arithmetic, and square roots are correctly rounded (next_plus/next_minus).
from decimal import Decimal as D, getcontext
import statistics
data = [D("1.5"), D("2.25"), D("3.125"), D("4")]
print(statistics.mean(data), statistics.median(data), statistics.fmean(data))
print(statistics.variance(data), statistics.stdev(data))
print(statistics.pvariance(data), statistics.pstdev(data))
print(D("1").next_plus(), D("1").next_minus(), D("1").next_toward(D(0)))
print(D("9.999999999999999999999999999E+999999").next_plus())
print(D("-Infinity").next_plus(), D("Infinity").next_minus(), D(0).next_plus())
print(D("0.000").next_minus(), D("NaN").next_plus())
