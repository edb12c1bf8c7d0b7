@echo off
rem news-digest launcher for Windows. Runs lib\news-digest.jar with the JVM options bench/BENCHMARKS.md measured
rem fastest for a build, then %%JAVA_OPTS%%, then %%NEWS_DIGEST_OPTS%%: the JVM takes the last of two values of one
rem option, so either variable overrides a default. Java comes from %%JAVA_HOME%%, else from the PATH.
setlocal
set "ND_HOME=%~dp0.."
set "ND_JAVA=java"
if defined JAVA_HOME set "ND_JAVA=%JAVA_HOME%\bin\java.exe"
if defined JAVA_HOME if not exist "%ND_JAVA%" (
  echo news-digest: JAVA_HOME is %JAVA_HOME%, which has no bin\java.exe; set JAVA_HOME to a Java 17 or later 1>&2
  exit /b 2
)
set "ND_CDS="
if exist "%ND_HOME%\lib\news-digest.jsa" set ND_CDS="-XX:SharedArchiveFile=%ND_HOME%\lib\news-digest.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off
"%ND_JAVA%" -Xmx1g -XX:+UseParallelGC -XX:TieredStopAtLevel=1 %JAVA_OPTS% %NEWS_DIGEST_OPTS% %ND_CDS% -jar "%ND_HOME%\lib\news-digest.jar" %*
exit /b %ERRORLEVEL%
