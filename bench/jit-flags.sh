#!/bin/bash
# compare JVM flags on extract of a corpus: CPU user+sys and wall
IN=$1; shift
for opts in "$@"; do
  /usr/bin/time -f "%e wall %U user %S sys %M KB" java -Xmx1g $opts -jar /work/wt-scale/entente-cli/target/entente.jar extract --input $IN --output /dev/null 2>&1 | tail -1 | sed "s|^|[$opts] load $(cut -d' ' -f1 /proc/loadavg) |"
done
