<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CloudError</name>
    <message>
        <location filename="../app/cloud/cloud_error.cpp" line="+19"/>
        <source>A permission policy refused this request. The encoded authorization message says which one: IAM can decode it (STS DecodeAuthorizationMessage, POST /v5/decode-authorization-message, or ask your IAM administrator).</source>
        <translation>权限策略拒绝了此请求。编码的授权信息说明是哪一条策略：IAM 可以将其解码（STS DecodeAuthorizationMessage，POST /v5/decode-authorization-message，或请 IAM 管理员解码）。</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+13"/>
        <source>Network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secure connection failed</source>
        <translation>安全连接失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication failed</source>
        <translation>认证失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many requests</source>
        <translation>请求过多</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request refused</source>
        <translation>请求被拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service error</source>
        <translation>服务错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected answer</source>
        <translation>响应异常</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer too large</source>
        <translation>响应过大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome unknown</source>
        <translation>结果未知</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>请在 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The job may have been created. List jobs with this name before submitting again.</source>
        <translation>作业可能已创建。再次提交前，请先按此名称查询作业。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check that this computer&apos;s clock is correct.</source>
        <translation>请检查本机时钟是否正确。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the credentials of this profile.</source>
        <translation>请检查此配置的凭证。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Check that this computer&apos;s clock is correct; otherwise the service&apos;s certificate must be renewed.</source>
        <translation>请检查本机时钟是否正确；否则需要更新服务的证书。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a readable PEM file (&quot;-----BEGIN CERTIFICATE-----&quot;) as the CA bundle. Nothing was sent.</source>
        <translation>请选择一个可读取的 PEM 文件（&quot;-----BEGIN CERTIFICATE-----&quot;）作为 CA 证书包。未发送任何内容。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The connection was not secured, so nothing was sent or received.</source>
        <translation>连接未能加密，因此未发送也未接收任何内容。</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>If the endpoint uses a private CA, give that CA&apos;s certificate as the profile&apos;s CA bundle (--ca-file in liteops-cli).</source>
        <translation>如果终端节点使用私有 CA，请将该 CA 的证书设置为配置文件的 CA 证书包（liteops-cli 中使用 --ca-file）。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Request id: %1</source>
        <translation>请求ID：%1</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Check the endpoint&apos;s host name: the certificate was issued for another one.</source>
        <translation>请检查终端节点的主机名：该证书是为其他主机名签发的。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Encoded authorization message: %1</source>
        <translation>编码的授权信息：%1</translation>
    </message>
    <message>
        <location filename="../app/cloud/error_mapping.cpp" line="+63"/>
        <source>no host name</source>
        <translation>无主机名</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The secure connection could not be set up: %1</source>
        <translation>无法建立安全连接：%1</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Cancelled by the user.</source>
        <translation>已被用户取消。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled after the request was sent.</source>
        <translation>请求发送后已取消。</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>unnamed</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s certificate was issued by a certificate authority this computer does not trust (issuer unknown: %1).</source>
        <translation>服务器证书由本机不信任的证书颁发机构签发（未知颁发者：%1）。</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The answer is larger than the limit and was cut off.</source>
        <translation>响应超过大小上限，已被截断。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service redirected to another host or to plain http; the redirect was not followed.</source>
        <translation>服务重定向到其他主机或明文 http，未跟随该重定向。</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>The server&apos;s certificate expired on %1.</source>
        <translation>服务器证书已于 %1 过期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s certificate is not valid before %1.</source>
        <translation>服务器证书在 %1 之前无效。</translation>
    </message>
    <message>
        <location line="+96"/>
        <location line="+54"/>
        <source>No answer within the time limit.</source>
        <translation>在时限内没有响应。</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>The server&apos;s certificate is for %1, not for %2 (host name mismatch).</source>
        <translation>服务器证书属于 %1，而不是 %2（主机名不匹配）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server&apos;s certificate was refused: %1</source>
        <translation>服务器证书被拒绝：%1</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>The answer had no usable HTTP status.</source>
        <translation>响应没有可用的 HTTP 状态码。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The connection broke while the answer was arriving (%1).</source>
        <translation>接收响应时连接中断（%1）。</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <location filename="../app/cloud/credentials.cpp" line="+33"/>
        <source>access key (AK)</source>
        <translation>访问密钥（AK）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>secret key (SK)</source>
        <translation>秘密访问密钥（SK）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IAM user name</source>
        <translation>IAM 用户名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IAM password</source>
        <translation>IAM 密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>account (domain) name</source>
        <translation>账号（域）名</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Missing credentials: %1.</source>
        <translation>缺少凭证：%1。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 is set but %2 is not.</source>
        <translation>已设置 %1，但未设置 %2。</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <location filename="../app/submit/draftstore.cpp" line="+111"/>
        <source>Cannot save the draft %1: %2</source>
        <translation>无法保存草稿 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create its folder</source>
        <translation>无法创建其所在文件夹</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot read the draft %1: %2</source>
        <translation>无法读取草稿 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is too large</source>
        <translation>文件过大</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not a valid draft (%1)</source>
        <translation>不是有效的草稿（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it was written by another version of LiteOps</source>
        <translation>由其他版本的 LiteOps 写入</translation>
    </message>
</context>
<context>
    <name>FleetJobs</name>
    <message numerus="yes">
        <location filename="../app/submit/fleet_jobs.cpp" line="+102"/>
        <source>Query the driver and firmware versions of %n server(s) (%1)?</source>
        <translation>
            <numerusform>查询 %n 台服务器（%1）的驱动和固件版本？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobCatalogue</name>
    <message>
        <location filename="../app/submit/jobcatalogue.cpp" line="+35"/>
        <source>Upgrade the Ascend driver and firmware (HDK)</source>
        <translation>升级昇腾驱动和固件（HDK）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HDK version to install, for example 24.1.rc3.10</source>
        <translation>要安装的 HDK 版本，例如 24.1.rc3.10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report the installed driver and firmware versions</source>
        <translation>上报已安装的驱动和固件版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collect NPU device logs</source>
        <translation>收集 NPU 设备日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days of logs to collect (1-30)</source>
        <translation>收集日志的天数（1-30）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the Ascend hardware diagnosis</source>
        <translation>运行昇腾硬件诊断</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A custom job: you enter the items yourself</source>
        <translation>自定义作业：由您自行填写作业项</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Installs the given HDK (NPU driver and firmware) version on every selected server. Running workloads on those servers are disturbed; the new firmware becomes active after a reboot.</source>
        <translation>在每台选中的服务器上安装指定的 HDK（NPU 驱动和固件）版本。这些服务器上运行的业务会受到影响；新固件在重启后生效。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reads the installed driver and firmware versions of every selected server without changing anything. Each task&apos;s message shows the versions.</source>
        <translation>读取每台选中服务器已安装的驱动和固件版本，不做任何更改。每个任务的消息中显示版本。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Collects the NPU device logs of every selected server so they can be downloaded for analysis. Nothing is changed on the servers.</source>
        <translation>收集每台选中服务器的 NPU 设备日志，供下载分析。不会更改服务器上的任何内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runs the hardware diagnosis on every selected server and reports faults per server. The NPUs are busy while it runs.</source>
        <translation>在每台选中的服务器上运行硬件诊断，并按服务器上报故障。运行期间 NPU 处于繁忙状态。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A job whose items you define yourself: each item has a type and a set of key/value parameters passed to the servers as they are.</source>
        <translation>由您自行定义作业项的作业：每个作业项包含一个类型和一组键/值参数，原样传给服务器。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs the %1 template on every selected server with the parameters you give.</source>
        <translation>使用您提供的参数，在每台选中的服务器上运行模板 %1。</translation>
    </message>
</context>
<context>
    <name>LiteOpsCli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="+20"/>
        <location filename="../app/cli/cli_cache.cpp" line="+184"/>
        <location filename="../app/cli/cli_output.cpp" line="+349"/>
        <location filename="../app/cli/cli_runner.cpp" line="+94"/>
        <location filename="../app/cli/cli_submit.cpp" line="+633"/>
        <location line="+55"/>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try liteops-cli --help.</source>
        <translation>请尝试 liteops-cli --help。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_arguments.cpp" line="+202"/>
        <source>Unknown option --%1 for &quot;%2 %3&quot;.</source>
        <translation>“%2 %3”没有选项 --%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown option --%1.</source>
        <translation>未知选项 --%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Option --%1 takes no value.</source>
        <translation>选项 --%1 不接受值。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Option --%1 needs a value.</source>
        <translation>选项 --%1 需要一个值。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--timeout needs a number of seconds between 1 and 3600.</source>
        <translation>--timeout 需要 1 到 3600 之间的秒数。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown command &quot;%1 %2&quot;.</source>
        <translation>未知命令“%1 %2”。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No command given. Try --help.</source>
        <translation>未指定命令。请尝试 --help。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; needs a command. Try --help.</source>
        <translation>“%1”需要一个子命令。请尝试 --help。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1 %2&quot; needs an id.</source>
        <translation>“%1 %2”需要一个 ID。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Usage: liteops-cli [global options] COMMAND [arguments] [options]

Scripting access to ModelArts Lite Server jobs, ServiceStage jobs and IEF batch jobs.

Commands:
  jobs list [--status S] [--state STATE,...] [--type T] [--name N] [--id ID]
            [--format table|json|csv]
      Every job across all pages. --status is the raw status the service filters on;
      --state filters on the normalised state: pending, running, succeeded, failed,
      partial (finished with some failed tasks), skipped, cancelled, deleted, unknown.
      The table shows the state&apos;s label, CSV and JSON its key.
  jobs get ID|NAME [--tasks all|failed|skipped|processing|succeeded]
           [--format table|json|csv]
      One job with its tasks (CSV: one row per task). A name must be unique.
  jobs create --name N (--type T --item TYPE[:k=v,k=v]... | --template ID|NAME
              [--param k=v]... [--item ...]) (--server S... | --servers-file F)
              [--description D] [--reboot] [--batch-size N | --waves LIST]
              [--max-failures N] [--wait] [--pause-after-first | --pause-each]
              [--yes] [--verify] [--poll-interval S] [--dry-run]
              [--format table|json]
      Runs the console wizard&apos;s submission engine: more servers than --batch-size
      (default 50, at most 50) go as waves, one job per wave, named NAME-w01,
      NAME-w02, ..., each sent after the one before. Every create is written to the
      submission history before and after it is sent (the console&apos;s Submission
      History shows it, marked as from liteops-cli).
      --server S     a server id, name or private IP (repeatable, or comma-separated).
                     Resolved through the servers list; unknown or ambiguous entries
                     are listed and nothing is sent.
      --servers-file F  one id, name or IP per line (# comments), or a CSV with a
                     header: its server_id column, else id, else the first column.
                     So jobs get ID --tasks failed --format csv &gt; f.csv, then
                     --servers-file f.csv, reruns exactly those servers.
      --template ID|NAME  type, item and parameter defaults from a template;
                     --param k=v overrides one. Every parameter is checked against
                     the template&apos;s regex before anything is sent.
      --waves LIST   progressive wave sizes, e.g. 1,5,25%,50: a number of servers or a
                     percentage of all the servers (rounded down, at least 1); the
                     last size repeats until every server is covered; no wave has
                     more than 50 servers. --batch-size N is the same as --waves N.
      --pause-after-first, --pause-each  an approval gate: once the first wave (or
                     each wave but the last) has finished within the budget, the
                     run waits. In a terminal it asks whether to continue; without
                     one it stops there (exit 1) and runs continue goes on later.
                     Each wave is waited for, as with --wait.
      --yes          pass every gate without asking.
      --verify       for HDK_UPGRADE: once a wave has finished, an HDK_QUERY job
                     (NAME-wNN-verify) on its succeeded servers checks that each
                     reports the requested driver; a server that does not counts
                     against --max-failures like a failed task and is listed.
      --max-failures N  the error budget in failed tasks across all waves: more than N
                     stops the run (no further wave is sent); 0 stops at the first
                     failed task.
      --wait         wait for each wave&apos;s tasks to finish before the next wave (always
                     so with --max-failures); without a budget, exit 1 when a task
                     failed.
      --poll-interval S  seconds between polls of a running wave (default 5).
      --dry-run      resolve and check everything, print each wave&apos;s exact request
                     body, send nothing.
      Progress goes to stderr, one line per wave state change (and a live line when
      stderr is a terminal). A create whose answer was lost is never sent again: the
      jobs with its name are listed, and only a job absent from the list taken before
      the create, with the same name and the same servers, is taken as created.
  jobs resume SUBMISSION [--max-failures N] [--wait] [--pause-after-first |
              --pause-each] [--yes] [--verify] [--poll-interval S]
              [--format table|json]
      Continues a submission of the history (stopped on its budget, at a gate,
      halted, or cut off): waves already created are accepted, unclear ones are
      reconciled first, the rest are sent; a gate it waits at is passed, later
      gates are those it was started with. SUBMISSION is its id or a unique prefix.
  jobs rerun-failed ID|NAME [--include-skipped] [--cluster TEXT] [--name N]
              [--description D] [--reboot] [--batch-size N | --waves LIST]
              [--max-failures N] [--wait] [--pause-after-first | --pause-each]
              [--yes] [--verify] [--poll-interval S] [--dry-run]
              [--format table|json]
      A new run of the job&apos;s type and items on the servers whose tasks failed (and
      skipped, with --include-skipped); --cluster keeps only tasks whose normalised
      error (as the console&apos;s error clusters show it) contains TEXT. Named
      NAME-rerun-DATE; its history entry is linked to the original job.
  jobs history [--format table|json]
      The submissions of the local history (console and liteops-cli), newest first.
  runs list [--format table|json]
      The same as jobs history; a run waiting at a gate has the state at-gate.
  runs show SUBMISSION [--format table|json]
      One run of the history: each wave&apos;s name, servers, status and jobs, and the
      gate it waits at, with why.
  runs continue SUBMISSION [options of jobs resume]
      The same as jobs resume: continues a run past its gate.
  jobs wait ID|NAME [--timeout S]
      Polls until the job has finished (no limit unless --timeout is given).
  jobs delete ID...
  templates list [--format table|json|csv]
  servers list [--format table|json|csv]
  servers reboot|start|stop ID|NAME|IP... [--yes] [--format table|json]
      Reboots, starts or stops the servers (resolved like --server), at most 5 calls
      at a time, and prints each server&apos;s outcome: succeeded (with its new status,
      e.g. REBOOTING), refused (the service&apos;s error; nothing happened) or unknown
      (no answer after sending: check the server before acting again; never sent
      twice). Asks first in a terminal; without one, --yes is required (exit 6).
  servicestage job ID [--refresh] [--format table|json|csv]
  ief job ID [--instance-id X] [--refresh] [--format table|json|csv]

Global options:
  --profile NAME               a saved profile (region, endpoints, project, keychain secrets)
  --endpoint URL               ModelArts endpoint
  --servicestage-endpoint URL  ServiceStage endpoint
  --ief-endpoint URL           IEF endpoint
  --iam-endpoint URL           IAM endpoint (for IAM password profiles)
  --region R                   derive the endpoints from a region, e.g. cn-north-4
  --project-id ID              project id
  --ca-file F                  PEM bundle of extra trusted CAs
  --timeout SECONDS            transfer timeout per request (default 30)
  --version, --help

Credentials come from the profile or from the environment (an empty variable counts
as unset; the environment wins over the profile); a refused signature or token (401)
says which was used:
  HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK   access key and secret key (AK/SK signing)
  HUAWEICLOUD_SDK_SECURITY_TOKEN           security token of temporary AK/SK
  HUAWEICLOUD_SDK_PROJECT_ID               project id (when --project-id is not given)
  LITEOPS_AUTH_TOKEN                       an IAM token (X-Auth-Token)

Output: table (default), json (the API&apos;s field names, timestamps as ISO-8601 UTC with
milliseconds, plus the normalised &quot;state&quot;), csv (a header row with the same names).
Errors go to stderr with the HTTP status, error_code, error_msg and request id.

Exit codes:
  0  success
  1  jobs wait: the job finished with failed tasks; jobs create, resume and
     rerun-failed: the run stopped on its error budget (the message names the wave
     and its failed servers), at a gate without a terminal (resumable), or with
     --wait and no budget some task failed
  2  usage: bad arguments, missing configuration or credentials, invalid id, a
     template parameter that does not match, servers that are unknown or ambiguous,
     a job name shared by several jobs
  3  the service answered with an error (a refused create included)
  4  no answer: network, TLS or timeout (also jobs wait --timeout), or an outcome that
     could not be established
  5  incomplete listing: the service ignored (or refused) the paging parameters, so
     only part of the rows was printed; stderr says &quot;incomplete: N of TOTAL&quot; and JSON
     output is {&quot;incomplete&quot;: true, &quot;received&quot;, &quot;total&quot;, &quot;reason&quot;, ROWS: [...]}
  6  servers reboot|start|stop: not confirmed (no --yes without a terminal, or the
     answer was no); nothing was sent
</source>
        <translation>用法：liteops-cli [全局选项] 命令 [参数] [选项]

通过脚本访问 ModelArts Lite Server 作业、ServiceStage 作业和 IEF 批量作业。

命令：
  jobs list [--status S] [--state STATE,...] [--type T] [--name N] [--id ID]
            [--format table|json|csv]
      列出所有分页中的全部作业。--status 是交给服务过滤的原始状态；
      --state 按归一化状态过滤：pending、running、succeeded、failed、
      partial（已结束但部分任务失败）、skipped、cancelled、deleted、unknown。
      表格显示状态的名称，CSV 和 JSON 使用其键。
  jobs get ID|NAME [--tasks all|failed|skipped|processing|succeeded]
           [--format table|json|csv]
      查看一个作业及其任务（CSV：每个任务一行）。名称必须唯一。
  jobs create --name N (--type T --item TYPE[:k=v,k=v]... | --template ID|NAME
              [--param k=v]... [--item ...]) (--server S... | --servers-file F)
              [--description D] [--reboot] [--batch-size N | --waves LIST]
              [--max-failures N] [--wait] [--pause-after-first | --pause-each]
              [--yes] [--verify] [--poll-interval S] [--dry-run]
              [--format table|json]
      使用控制台向导的提交引擎：服务器数量超过 --batch-size（默认 50，
      最多 50）时分批提交，每批一个作业，名称为 NAME-w01、NAME-w02……，
      每批在前一批之后发送。每个创建请求在发送前后都写入提交历史
      （控制台的“提交历史”会显示，并标记为来自 liteops-cli）。
      --server S     服务器 ID、名称或私有 IP（可重复，或用逗号分隔）。
                     通过服务器列表解析；未知或有歧义的条目会被列出，
                     且不发送任何请求。
      --servers-file F  每行一个 ID、名称或 IP（# 为注释），或带表头的 CSV：
                     使用其 server_id 列，否则 id 列，否则第一列。
                     因此 jobs get ID --tasks failed --format csv &gt; f.csv
                     之后用 --servers-file f.csv 可正好重跑这些服务器。
      --template ID|NAME  从模板获取类型、条目和参数默认值；
                     --param k=v 覆盖某个参数。发送前会用模板的正则表达式
                     检查每个参数。
      --waves LIST   渐进的批次大小，例如 1,5,25%,50：服务器数量，或占全部服务器
                     的百分比（向下取整，至少 1 台）；最后一个大小重复使用，直到
                     覆盖所有服务器；每批不超过 50 台服务器。--batch-size N 等同于
                     --waves N。
      --pause-after-first, --pause-each  审批关卡：第一批（或除最后一批外的每一批）
                     在预算内结束后，运行暂停等待。在终端中会询问是否继续；
                     不在终端中则停在关卡处（退出码 1），之后用 runs continue 继续。
                     与 --wait 一样，每批都会等待其结束。
      --yes          不询问，直接通过每个关卡。
      --verify       用于 HDK_UPGRADE：每批结束后，在其成功的服务器上运行一个
                     HDK_QUERY 作业（NAME-wNN-verify），检查每台服务器报告的驱动
                     是否为所请求的版本；不符的服务器会被列出，并像失败任务一样
                     计入 --max-failures。
      --max-failures N  所有批次中失败任务数的错误预算：超过 N 即停止运行
                     （不再发送后续批次）；0 表示第一个任务失败即停止。
      --wait         等每批任务结束后再发送下一批（使用 --max-failures 时
                     总是如此）；没有预算时，若有任务失败则退出码为 1。
      --poll-interval S  轮询运行中批次的间隔秒数（默认 5）。
      --dry-run      解析并检查所有内容，打印每批的确切请求体，不发送任何请求。
      进度输出到 stderr，每批状态变化一行（stderr 为终端时另有一行实时进度）。
      丢失响应的创建请求绝不会重新发送：会按其名称列出作业，只有不在创建前
      所取列表中、名称相同且服务器相同的作业才被视为已创建。
  jobs resume SUBMISSION [--max-failures N] [--wait] [--pause-after-first |
              --pause-each] [--yes] [--verify] [--poll-interval S]
              [--format table|json]
      继续提交历史中的一次提交（因预算停止、停在关卡、中止或被中断）：已创建的
      批次被接受，结果不明的批次先核对，其余批次继续发送；所停的关卡视为通过，
      之后的关卡沿用启动时的设置。SUBMISSION 为其 ID 或唯一的前缀。
  jobs rerun-failed ID|NAME [--include-skipped] [--cluster TEXT] [--name N]
              [--description D] [--reboot] [--batch-size N | --waves LIST]
              [--max-failures N] [--wait] [--pause-after-first | --pause-each]
              [--yes] [--verify] [--poll-interval S] [--dry-run]
              [--format table|json]
      以该作业的类型和条目，在任务失败的服务器上（使用 --include-skipped
      时也包括跳过的）重新运行；--cluster 只保留归一化错误（即控制台错误
      聚类所示）包含 TEXT 的任务。名称为 NAME-rerun-日期；其历史记录
      关联到原作业。
  jobs history [--format table|json]
      本地历史中的提交（控制台和 liteops-cli），最新的在前。
  runs list [--format table|json]
      与 jobs history 相同；停在关卡处的运行状态为 at-gate。
  runs show SUBMISSION [--format table|json]
      历史中的一次运行：每批的名称、服务器、状态和作业，以及所停的关卡及原因。
  runs continue SUBMISSION [jobs resume 的选项]
      与 jobs resume 相同：让运行越过关卡继续。
  jobs wait ID|NAME [--timeout S]
      轮询直到作业结束（除非指定 --timeout，否则不限时）。
  jobs delete ID...
  templates list [--format table|json|csv]
  servers list [--format table|json|csv]
  servers reboot|start|stop ID|NAME|IP... [--yes] [--format table|json]
      重启、启动或停止这些服务器（按 --server 的方式解析），同时最多 5 个调用，并输出每台
      服务器的结果：succeeded（及其新状态，例如 REBOOTING）、refused（服务返回的错误；
      未发生任何操作）或 unknown（发送后没有应答：再次操作前请先检查服务器；绝不重复发送）。
      在终端中先询问确认；没有终端时必须给出 --yes（退出码 6）。
  servicestage job ID [--refresh] [--format table|json|csv]
  ief job ID [--instance-id X] [--refresh] [--format table|json|csv]

全局选项：
  --profile NAME               已保存的配置（区域、终端节点、项目、钥匙串中的密钥）
  --endpoint URL               ModelArts 终端节点
  --servicestage-endpoint URL  ServiceStage 终端节点
  --ief-endpoint URL           IEF 终端节点
  --iam-endpoint URL           IAM 终端节点（用于 IAM 密码配置）
  --region R                   根据区域生成终端节点，例如 cn-north-4
  --project-id ID              项目 ID
  --ca-file F                  额外信任的 CA 的 PEM 证书包
  --timeout SECONDS            每个请求的传输超时（默认 30）
  --version, --help

凭证来自配置或环境变量（空变量视为未设置；环境变量优先于配置）；
签名或令牌被拒绝（401）时会说明使用的是哪一种：
  HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK   访问密钥和秘密访问密钥（AK/SK 签名）
  HUAWEICLOUD_SDK_SECURITY_TOKEN           临时 AK/SK 的安全令牌
  HUAWEICLOUD_SDK_PROJECT_ID               项目 ID（未指定 --project-id 时）
  LITEOPS_AUTH_TOKEN                       IAM 令牌（X-Auth-Token）

输出：table（默认）、json（使用 API 的字段名，时间戳为带毫秒的 ISO-8601 UTC，
另加归一化的 &quot;state&quot;）、csv（表头行使用相同的名称）。
错误输出到 stderr，包含 HTTP 状态码、error_code、error_msg 和请求ID。

退出码：
  0  成功
  1  jobs wait：作业结束，但有失败的任务；jobs create、resume 和
     rerun-failed：运行因错误预算而停止（消息中列出该批次及其失败的
     服务器）、不在终端中停在关卡处（可继续），或使用 --wait 且无预算时有
     任务失败
  2  用法错误：参数错误、缺少配置或凭证、ID 无效、模板参数不匹配、
     服务器未知或有歧义、作业名称被多个作业共用
  3  服务返回了错误（包括被拒绝的创建请求）
  4  无响应：网络、TLS 或超时（包括 jobs wait --timeout），或无法确定结果
  5  列表不完整：服务忽略（或拒绝）了分页参数，因此只输出了部分行；stderr 说明 &quot;incomplete: N of TOTAL&quot;，
     JSON 输出为 {&quot;incomplete&quot;: true, &quot;received&quot;, &quot;total&quot;, &quot;reason&quot;, ROWS: [...]}
  6  servers reboot|start|stop：未确认（没有终端且未给出 --yes，或回答为否）；未发送任何请求
</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>
Local data: every job list and job detail fetched is kept in one SQLite file per
endpoint and project (shared with the console). A finished job is then shown from
it without a request; jobs get, servicestage job and ief job --refresh ask the
service again.
  cache status [--format table|json]   jobs, details, tasks, servers, file size, dates
  cache sync [--horizon-days N] [--format table|json]
      Fetches the details of finished jobs not stored yet (newest first, default
      90 days back, two requests at a time).
  cache clear [--format table|json]    forgets this endpoint and project&apos;s local data
</source>
        <translation>
本地数据：获取的每个作业列表和作业详情都保存在一个 SQLite 文件中，每个终端节点和项目一个
（与控制台共用）。之后已完成的作业直接从中显示，无需请求；jobs get、servicestage job 和 ief job 加 --refresh 会重新向服务查询。
  cache status [--format table|json]   作业、详情、任务、服务器、文件大小、日期
  cache sync [--horizon-days N] [--format table|json]
      获取尚未保存的已完成作业详情（从最新的开始，默认回溯 90 天，同时最多两个请求）。
  cache clear [--format table|json]    删除此终端节点和项目的本地数据
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>
Fleet: every server with the driver and firmware of its newest succeeded HDK_QUERY,
its last job, failures among its last 10 tasks and its failure streak (flaky: 3 or
more failures in the last 10, or the last 2 in a row), from the local data.
  fleet [--target-driver V] [--target-firmware V]
        [--outdated | --unknown | --stale | --flaky] [--no-sync]
        [--format table|json|csv]
      Syncs the servers list and the finished job details first (--no-sync: the
      stored data only). Compliance compares HDK versions (24.1.RC3 &lt; 24.1.0 &lt;
      24.1.0.SPC1) with the target: compliant, outdated, ahead, unknown (never
      queried), stale (queried over 7 days ago) or no_target. Without --target-*
      the profile&apos;s targets set in the console apply.
</source>
        <translation>
机群：每台服务器最近一次成功的 HDK_QUERY 报告的驱动和固件版本、最近的作业、最近 10 个
任务中的失败数及连续失败数（不稳定：最近 10 个中失败 3 个或以上，或最近 2 个连续失败），
数据来自本地数据。
  fleet [--target-driver V] [--target-firmware V]
        [--outdated | --unknown | --stale | --flaky] [--no-sync]
        [--format table|json|csv]
      先同步服务器列表和已结束作业的详情（--no-sync：只用已存储的数据）。合规性按 HDK
      版本比较（24.1.RC3 &lt; 24.1.0 &lt; 24.1.0.SPC1）与目标对比：compliant（合规）、
      outdated（过旧）、ahead（超前）、unknown（从未查询）、stale（查询已超过 7 天）或
      no_target（无目标）。未指定 --target-* 时，使用控制台中为该配置设置的目标。
</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_fleet.cpp" line="+113"/>
        <location filename="../app/cli/cli_output.cpp" line="-72"/>
        <location line="+13"/>
        <location line="+40"/>
        <location line="+14"/>
        <location filename="../app/cli/cli_servers.cpp" line="+112"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/cli_output.cpp" line="-67"/>
        <location line="+53"/>
        <location line="+14"/>
        <location filename="../app/cli/cli_servers.cpp" line="+0"/>
        <location filename="../app/cli/cli_submit.cpp" line="+286"/>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DRIVER</source>
        <translation>驱动</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FIRMWARE</source>
        <translation>固件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>QUERIED</source>
        <translation>查询时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>COMPLIANCE</source>
        <translation>合规</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAILED/10</source>
        <translation>失败/10</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STREAK</source>
        <translation>连续失败</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FLAKY</source>
        <translation>不稳定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LAST JOB</source>
        <translation>最近作业</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Give at most one of --outdated, --unknown, --stale and --flaky.</source>
        <translation>--outdated、--unknown、--stale 和 --flaky 最多只能指定一个。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>warning: the local data could not be brought up to date: %1</source>
        <translation>警告：无法更新本地数据：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_output.cpp" line="-67"/>
        <location line="+67"/>
        <source>TYPE</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_fleet.cpp" line="-49"/>
        <location filename="../app/cli/cli_output.cpp" line="-67"/>
        <location line="+44"/>
        <location line="+9"/>
        <location filename="../app/cli/cli_submit.cpp" line="+0"/>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_output.cpp" line="-53"/>
        <location line="+44"/>
        <location filename="../app/cli/cli_submit.cpp" line="-69"/>
        <source>STATE</source>
        <translation>归一化状态</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>ABNORMAL</source>
        <translation>异常数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CREATED (UTC)</source>
        <translation>创建时间（UTC）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abnormal</source>
        <translation>异常数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 total, %2 succeeded, %3 failed, %4 skipped, %5 running, %6 pending</source>
        <translation>共 %1，成功 %2，失败 %3，跳过 %4，运行中 %5，等待中 %6</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Item</source>
        <translation>作业项</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>TASK</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TARGET</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MESSAGE</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_fleet.cpp" line="+0"/>
        <location filename="../app/cli/cli_output.cpp" line="+9"/>
        <source>FLAVOR</source>
        <translation>规格</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_output.cpp" line="+0"/>
        <source>CATEGORY</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PRIVATE IP</source>
        <translation>私有 IP</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>FLAVOR TYPE</source>
        <translation>规格类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PARAMS</source>
        <translation>参数</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  HTTP status: %1</source>
        <translation>  HTTP 状态码：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  error_code:  %1</source>
        <translation>  error_code： %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  error_msg:   %1</source>
        <translation>  error_msg：  %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  request id:  %1</source>
        <translation>  请求ID：     %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  encoded_authorization_message: %1</source>
        <translation>  encoded_authorization_message: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_runner.cpp" line="+70"/>
        <source>--format must be table, json or csv.</source>
        <translation>--format 必须为 table、json 或 csv。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_cache.cpp" line="-78"/>
        <location filename="../app/cli/cli_runner.cpp" line="+0"/>
        <source>--format must be table or json.</source>
        <translation>--format 必须为 table 或 json。</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The local data is kept per endpoint and project: give --profile, or --endpoint (or --region) and --project-id.</source>
        <translation>本地数据按终端节点和项目分别保存：请指定 --profile，或 --endpoint（或 --region）和 --project-id。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>File:             %1</source>
        <translation>文件：             %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs:             %1</source>
        <translation>作业：             %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished details: %1</source>
        <translation>已完成作业详情：   %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks:            %1</source>
        <translation>任务：             %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Servers:          %1</source>
        <translation>服务器：           %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened by id:     %1 ServiceStage, %2 IEF jobs</source>
        <translation>按 ID 打开：       %1 个 ServiceStage 作业，%2 个 IEF 作业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File size:        %1</source>
        <translation>文件大小：         %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest job:       %1</source>
        <translation>最早的作业：       %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest job:       %1</source>
        <translation>最新的作业：       %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last job list:    %1</source>
        <translation>上次作业列表：     %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync:        %1</source>
        <translation>上次同步：         %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--horizon-days must be a number from 1 to 3650.</source>
        <translation>--horizon-days 必须是 1 到 3650 之间的数字。</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>error: the local data cannot be used.</source>
        <translation>错误：无法使用本地数据。</translation>
    </message>
    <message numerus="yes">
        <location line="+97"/>
        <source>Fetched %n finished job detail(s).</source>
        <translation>
            <numerusform>已获取 %n 个已完成作业的详情。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Local data of this endpoint and project cleared.</source>
        <translation>已清除此终端节点和项目的本地数据。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_runner.cpp" line="+65"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的配置。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&quot;%1&quot; is not a region id such as cn-north-4.</source>
        <translation>“%1”不是区域 ID（例如 cn-north-4）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not an http(s) URL.</source>
        <translation>“%1”不是 http(s) URL。</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>No credentials: set %1 and %2 (or %3), or use --profile with secrets in the keychain.</source>
        <translation>没有凭证：请设置 %1 和 %2（或 %3），或使用 --profile 并将密钥保存在钥匙串中。</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Unknown command.</source>
        <translation>未知命令。</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>--tasks must be one of %1.</source>
        <translation>--tasks 必须是以下之一：%1。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_submit.cpp" line="-659"/>
        <source>--item &quot;%1&quot; has no type.</source>
        <translation>--item “%1”没有类型。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--item &quot;%1&quot;: &quot;%2&quot; is not key=value.</source>
        <translation>--item “%1”：“%2”不是 key=value 格式。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is too large for a server list.</source>
        <translation>%1 太大，不能作为服务器列表。</translation>
    </message>
    <message>
        <location line="+438"/>
        <source>jobs create needs --name.</source>
        <translation>jobs create 需要 --name。</translation>
    </message>
    <message>
        <location line="-340"/>
        <source>--batch-size must be a number from 1 to %1.</source>
        <translation>--batch-size 必须是 1 到 %1 之间的数字。</translation>
    </message>
    <message>
        <location line="-214"/>
        <location line="+300"/>
        <source>the job request is not valid:
  %1</source>
        <translation>作业请求无效：
  %1</translation>
    </message>
    <message numerus="yes">
        <location line="-12"/>
        <source># wave %1 of %2: %n server(s), nothing sent</source>
        <translation>
            <numerusform># 第 %1/%2 批：%n 台服务器，未发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>Created job %1 (%2) with %n server(s)</source>
        <translation>
            <numerusform>已创建作业 %1（%2），包含 %n 台服务器</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> [wave %1 of %2]</source>
        <translation> [第 %1/%2 批]</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_runner.cpp" line="+36"/>
        <source>jobs wait --timeout needs a number of seconds.</source>
        <translation>jobs wait --timeout 需要一个秒数。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2 (%3 of %4 tasks done)</source>
        <translation>%1：%2（已完成 %3/%4 个任务）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Job %1 finished: %2; %3 succeeded, %4 failed, %5 skipped.</source>
        <translation>作业 %1 已结束：%2；成功 %3，失败 %4，跳过 %5。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../app/cli/cli_submit.cpp" line="-49"/>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>error: job %1 did not finish within %2 seconds.</source>
        <translation>错误：作业 %1 未在 %2 秒内结束。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleted job %1 %2</source>
        <translation>已删除作业 %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service reported no deleted job.</source>
        <translation>服务未报告任何已删除的作业。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_arguments.cpp" line="-185"/>
        <source>&quot;%1 %2&quot; needs a submission id (see jobs history).</source>
        <translation>“%1 %2”需要一个提交 ID（见 jobs history）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_runner.cpp" line="-440"/>
        <source>  credentials: %1</source>
        <translation>  凭证：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n jobs are named %1; give one of their ids:</source>
        <translation>
            <numerusform>有 %n 个作业名为 %1；请给出其中一个的 ID：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+106"/>
        <source>profile &quot;%1&quot; (its secret from the keychain)</source>
        <translation>配置“%1”（密钥来自钥匙串）</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>the environment (%1 and %2)</source>
        <translation>环境变量（%1 和 %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the environment (%1)</source>
        <translation>环境变量（%1）</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>--state &quot;%1&quot; is not a state; use one of %2.</source>
        <translation>--state “%1”不是状态；请使用 %2 之一。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--state needs a state.</source>
        <translation>--state 需要一个状态。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>jobs</source>
        <translation>作业</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>warning: %1 (%2)</source>
        <translation>警告：%1（%2）</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No ServiceStage endpoint: give --servicestage-endpoint URL, or --region REGION (for example cn-north-4) to derive it, or a --profile that has one.</source>
        <translation>没有 ServiceStage 终端节点：请给出 --servicestage-endpoint URL，或用 --region REGION（例如 cn-north-4）生成，或使用带有该终端节点的 --profile。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No IEF endpoint: give --ief-endpoint URL, or --region REGION (for example cn-north-4) to derive it, or a --profile that has one.</source>
        <translation>没有 IEF 终端节点：请给出 --ief-endpoint URL，或用 --region REGION（例如 cn-north-4）生成，或使用带有该终端节点的 --profile。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_submit.cpp" line="-402"/>
        <source> and %1 more</source>
        <translation> 及另外 %1 个</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Resume with: liteops-cli jobs resume %1</source>
        <translation>继续执行：liteops-cli jobs resume %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continue with: liteops-cli runs continue %1</source>
        <translation>继续：liteops-cli runs continue %1</translation>
    </message>
    <message>
        <location line="+239"/>
        <source>wave %1/%2 %3</source>
        <translation>第 %1/%2 批 %3</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1: creating the job (%n server(s))</source>
        <translation>
            <numerusform>%1：正在创建作业（%n 台服务器）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: throttled (%2); sending it again shortly</source>
        <translation>%1：被限流（%2）；稍后重新发送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no clear answer (%2); checking whether the job was created</source>
        <translation>%1：响应不明确（%2）；正在检查作业是否已创建</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: job %2 created; waiting for its tasks</source>
        <translation>%1：作业 %2 已创建；等待其任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: job %2 created</source>
        <translation>%1：作业 %2 已创建</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: finished: %2 succeeded, %3 failed, %4 skipped</source>
        <translation>%1：已结束：%2 个成功，%3 个失败，%4 个跳过</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: not created: %2</source>
        <translation>%1：未创建：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: outcome unknown: %2</source>
        <translation>%1：结果未知：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 of %3 tasks done, %4 failed</source>
        <translation>%1：%3 个任务中已完成 %2 个，%4 个失败</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>, %1 verified, %2 mismatched</source>
        <translation>，%1 台已验证，%2 台不符</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: job %2 finished: %3 succeeded, %4 failed, %5 skipped; verifying the driver</source>
        <translation>%1：作业 %2 已结束：%3 成功，%4 失败，%5 跳过；正在验证驱动</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>--max-failures must be a whole number of failed tasks, 0 or more.</source>
        <translation>--max-failures 必须是失败任务数，为 0 或更大的整数。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--poll-interval must be a number of seconds from 0.05 to 3600.</source>
        <translation>--poll-interval 必须是 0.05 到 3600 之间的秒数。</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>--waves and --batch-size both set the wave sizes: give one of them.</source>
        <translation>--waves 和 --batch-size 都设置批次大小：只能指定其中一个。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--waves: %1</source>
        <translation>--waves：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--pause-after-first and --pause-each are two kinds of gate: give one of them.</source>
        <translation>--pause-after-first 和 --pause-each 是两种关卡：只能指定其中一个。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Nothing to submit.</source>
        <translation>没有可提交的内容。</translation>
    </message>
    <message numerus="yes">
        <location line="+82"/>
        <source>Submission %1: %n wave(s), %2 servers (history: %3)</source>
        <translation>
            <numerusform>提交 %1：%n 批，%2 台服务器（历史：%3）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Submission %1: every wave finished: %2 succeeded, %3 failed, %4 skipped.</source>
        <translation>提交 %1：所有批次已结束：%2 个成功，%3 个失败，%4 个跳过。</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>gate: %1</source>
        <translation>关卡：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+98"/>
        <source>Submission %1: %n job(s) created.</source>
        <translation>
            <numerusform>提交 %1：已创建 %n 个作业。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-95"/>
        <source>  --yes: continuing.</source>
        <translation>  --yes：继续。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Continue with the next wave? [y/N] </source>
        <translation>  继续下一批吗？[y/N] </translation>
    </message>
    <message numerus="yes">
        <location line="+127"/>
        <source>  wave %1/%2 %3 (job %4): %n failed server(s): %5</source>
        <translation>
            <numerusform>  第 %1/%2 批 %3（作业 %4）：%n 台服务器失败：%5</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  waves not sent: %1</source>
        <translation>  未发送的批次：%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>  Nothing more was sent. %1</source>
        <translation>  未再发送任何请求。%1</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Submission %1 waits at the gate of wave %2: %3.</source>
        <translation>提交 %1 停在第 %2 批的关卡处：%3。</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>jobs create needs --type (or --template).</source>
        <translation>jobs create 需要 --type（或 --template）。</translation>
    </message>
    <message>
        <location line="-613"/>
        <source>--param &quot;%1&quot; is not key=value.</source>
        <translation>--param “%1”不是 key=value 形式。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--param sets a template&apos;s parameters: give --template too (or use --item TYPE:k=v).</source>
        <translation>--param 设置模板的参数：请同时给出 --template（或使用 --item TYPE:k=v）。</translation>
    </message>
    <message numerus="yes">
        <location line="+538"/>
        <source>  wave %1/%2 %3: %n server(s) not on the requested driver: %4</source>
        <translation>
            <numerusform>  第 %1/%2 批 %3：%n 台服务器的驱动不是所请求的版本：%4</numerusform>
        </translation>
    </message>
    <message>
        <location line="-523"/>
        <source>jobs create needs at least one --item TYPE[:k=v,...] (or --template).</source>
        <translation>jobs create 至少需要一个 --item TYPE[:k=v,...]（或 --template）。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>jobs create needs --server ID|NAME|IP or --servers-file F.</source>
        <translation>jobs create 需要 --server ID|NAME|IP 或 --servers-file F。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No template has the id or name &quot;%1&quot;. Templates: %2.</source>
        <translation>没有 ID 或名称为“%1”的模板。模板：%2。</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1 templates are named &quot;%2&quot;: give the id.</source>
        <translation>有 %1 个模板名为“%2”：请给出 ID。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Template %1 has no parameter %2 (it has none).</source>
        <translation>模板 %1 没有参数 %2（它没有任何参数）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template %1 has no parameter %2; its parameters: %3.</source>
        <translation>模板 %1 没有参数 %2；其参数为：%3。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1=&quot;%2&quot;: %3</source>
        <translation>%1=“%2”：%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1=&quot;%2&quot; does not match %3: %4</source>
        <translation>%1=“%2”不匹配 %3：%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>template %1: parameters not valid (nothing was sent):
  %2</source>
        <translation>模板 %1：参数无效（未发送任何请求）：
  %2</translation>
    </message>
    <message>
        <location line="+540"/>
        <source>servers not resolved, nothing was sent:</source>
        <translation>服务器无法解析，未发送任何请求：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown (no server has this id, name or private IP): %1</source>
        <translation>未知（没有服务器具有此 ID、名称或私有 IP）：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ambiguous (shared by several servers; give the id): %1</source>
        <translation>有歧义（多台服务器共用；请给出 ID）：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>note: %n entry(ies) name a server already listed, ignored: %1</source>
        <translation>
            <numerusform>注意：%n 个条目指向已列出的服务器，已忽略：%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No single submission %1 in the history %2; jobs history lists them.</source>
        <translation>历史 %2 中没有唯一的提交 %1；jobs history 可列出所有提交。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Submission %1 was recorded without its plan (an older version): the waves never sent are not known. Create them again.</source>
        <translation>提交 %1 记录时未包含其计划（旧版本）：从未发送的批次未知。请重新创建它们。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Job %1 has no failed task%2: nothing to rerun.</source>
        <translation>作业 %1 没有失败的任务%2：无需重跑。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> and no skipped one</source>
        <translation>，也没有跳过的任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job %1 has no failed task%2 whose error cluster contains &quot;%3&quot;: nothing to rerun.</source>
        <translation>作业 %1 没有错误聚类包含“%3”的失败任务%2：无需重跑。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> or skipped one</source>
        <translation>或跳过的任务</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Rerun of job %1 (%2): %n server(s)</source>
        <translation>
            <numerusform>重跑作业 %1（%2）：%n 台服务器</numerusform>
        </translation>
    </message>
    <message>
        <location line="+65"/>
        <source>SUBMISSION</source>
        <translation>提交</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STARTED (UTC)</source>
        <translation>开始时间（UTC）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FROM</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FIRST WAVE</source>
        <translation>第一批</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CREATED</source>
        <translation>已创建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RERUN OF</source>
        <translation>重跑自</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No single submission %1 in the history %2; runs list lists them.</source>
        <translation>历史 %2 中没有唯一的提交 %1；runs list 可列出所有提交。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Submission %1 (from %2, started %3 UTC)</source>
        <translation>提交 %1（来自 %2，开始于 %3 UTC）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waits at the gate of wave %1: %2.</source>
        <translation>停在第 %1 批的关卡处：%2。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>WAVE</source>
        <translation>批次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SERVERS</source>
        <translation>服务器数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JOBS</source>
        <translation>作业</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_cache.cpp" line="-178"/>
        <source>note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_servers.cpp" line="-39"/>
        <source>error: not confirmed: %1 Give --yes to confirm without a terminal; nothing was sent.</source>
        <translation>错误：未确认：%1 没有终端时请给出 --yes 以确认；未发送任何请求。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>[y/N] </source>
        <translation>[y/N] </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not confirmed; nothing was sent.</source>
        <translation>未确认；未发送任何请求。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>OUTCOME</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATUS OR ERROR</source>
        <translation>状态或错误</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n server(s) with an unknown outcome: check their status before acting again (not re-sent).</source>
        <translation>
            <numerusform>%n 台服务器的结果未知：再次操作前请先检查其状态（不会重复发送）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiteOpsFleet</name>
    <message>
        <location filename="../app/fleet/compliance.cpp" line="+46"/>
        <source>Compliant</source>
        <translation>合规</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outdated</source>
        <translation>过旧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ahead</source>
        <translation>超前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stale</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No target</source>
        <translation>无目标</translation>
    </message>
</context>
<context>
    <name>LiteOpsStore</name>
    <message>
        <location filename="../app/store/store_schema.cpp" line="+206"/>
        <source>The SQLite driver of Qt SQL is not installed.</source>
        <translation>未安装 Qt SQL 的 SQLite 驱动。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The disk is full.</source>
        <translation>磁盘已满。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data folder is read-only.</source>
        <translation>数据文件夹为只读。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be opened or created (is the data folder writable?).</source>
        <translation>无法打开或创建该文件（数据文件夹是否可写？）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is damaged or is not a LiteOps database.</source>
        <translation>该文件已损坏，或不是 LiteOps 数据库。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Local data is off: the folder %1 cannot be created.</source>
        <translation>本地数据已停用：无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+25"/>
        <location line="+18"/>
        <source>Local data is off: %1</source>
        <translation>本地数据已停用：%1</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Local data is off: %1 is not a LiteOps database and cannot be moved aside.</source>
        <translation>本地数据已停用：%1 不是 LiteOps 数据库，且无法移到一旁。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The local data file was damaged or not LiteOps&apos;s own; it was moved aside to %1 and a fresh one was started.</source>
        <translation>本地数据文件已损坏或不属于 LiteOps；已将其移至 %1，并新建了一个数据文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Local data is off: the file was written by a newer LiteOps.</source>
        <translation>本地数据已停用：该文件由更新版本的 LiteOps 写入。</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../app/cloud/profile_store.cpp" line="+62"/>
        <source>The profile name must be 1-64 characters without &apos;/&apos;, &apos;\&apos;, control characters or surrounding spaces.</source>
        <translation>配置名称必须为 1-64 个字符，不能包含“/”、“\”、控制字符或首尾空格。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The region &quot;%1&quot; is not a region id such as cn-north-4.</source>
        <translation>区域“%1”不是区域 ID（例如 cn-north-4）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a region or give the ModelArts endpoint.</source>
        <translation>请选择区域或填写 ModelArts 终端节点。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an http(s) URL.</source>
        <translation>“%1”不是 http(s) URL。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project id is missing.</source>
        <translation>缺少项目 ID。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project id</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The timeout must be between 1 and 3600 seconds.</source>
        <translation>超时时间必须在 1 到 3600 秒之间。</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The settings file could not be written.</source>
        <translation>无法写入设置文件。</translation>
    </message>
</context>
<context>
    <name>QMenu</name>
    <message>
        <location filename="../ui/console/language_menu.cpp" line="+24"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language is used the next time LiteOps starts.</source>
        <translation>新语言将在下次启动 LiteOps 时生效。</translation>
    </message>
    <message>
        <location filename="../ui/console/theme_menu.cpp" line="+13"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
</context>
<context>
    <name>RequestPath</name>
    <message>
        <location filename="../app/cloud/request_path.cpp" line="+21"/>
        <source>%1 is empty.</source>
        <translation>%1 为空。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is longer than 64 characters.</source>
        <translation>%1 超过 64 个字符。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be &quot;%2&quot;.</source>
        <translation>%1 不能是“%2”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must not contain &apos;/&apos;.</source>
        <translation>%1 不能包含“/”。</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1 contains only spaces.</source>
        <translation>%1 只包含空格。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 contains a broken character (an unpaired UTF-16 surrogate).</source>
        <translation>%1 包含损坏的字符（未配对的 UTF-16 代理项）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 contains the control or invisible character U+%2.</source>
        <translation>%1 包含控制字符或不可见字符 U+%2。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 may contain only letters, digits and &apos;-&apos;.</source>
        <translation>%1 只能包含字母、数字和“-”。</translation>
    </message>
</context>
<context>
    <name>ServerResolver</name>
    <message numerus="yes">
        <location filename="../app/submit/serverresolver.cpp" line="+42"/>
        <source>%n server(s) found</source>
        <translation>
            <numerusform>找到 %n 台服务器</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unknown: %1</source>
        <translation>
            <numerusform>%n 个未知：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n duplicate(s) ignored: %1</source>
        <translation>
            <numerusform>已忽略 %n 个重复项：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n name(s) shared by several servers, use the id: %1</source>
        <translation>
            <numerusform>%n 个名称对应多台服务器，请使用 ID：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubmissionHistory</name>
    <message>
        <location filename="../app/submit/submissionhistory.cpp" line="+150"/>
        <source>Cannot write the submission history %1: %2</source>
        <translation>无法写入提交历史 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create its folder</source>
        <translation>无法创建其所在文件夹</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot read the submission history %1: %2</source>
        <translation>无法读取提交历史 %1：%2</translation>
    </message>
</context>
<context>
    <name>TemplateParams</name>
    <message>
        <location filename="../app/submit/templateparams.cpp" line="+18"/>
        <source>Expected a value matching %1.</source>
        <translation>需要匹配 %1 的值。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected: %1 (a value matching %2).</source>
        <translation>需要：%1（匹配 %2 的值）。</translation>
    </message>
</context>
<context>
    <name>liteops-sim</name>
    <message>
        <location filename="../app/main/sim_main.cpp" line="+50"/>
        <source>cannot set up signal handling</source>
        <translation>无法设置信号处理</translation>
    </message>
</context>
<context>
    <name>liteops::CloudCall</name>
    <message>
        <location filename="../app/cloud/cloud_call.cpp" line="+70"/>
        <source>Cancelled after the request was sent; the service may have carried it out.</source>
        <translation>请求发送后已取消；服务可能已经执行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled by the user.</source>
        <translation>已被用户取消。</translation>
    </message>
</context>
<context>
    <name>liteops::CloudClient</name>
    <message>
        <location filename="../app/cloud/cloud_client.cpp" line="+84"/>
        <source>Cannot read the CA bundle %1: %2</source>
        <translation>无法读取 CA 证书包 %1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation>CA 证书包 %1 中没有 PEM 证书。</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The service accepted the request but its answer could not be read (%1).</source>
        <translation>服务已接受请求，但无法读取其响应（%1）。</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>No endpoint is configured: choose a region or give an endpoint URL.</source>
        <translation>未配置终端节点：请选择区域或填写终端节点 URL。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No project id is configured.</source>
        <translation>未配置项目 ID。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project id</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IAM password sign-in needs the IAM endpoint.</source>
        <translation>IAM 密码登录需要 IAM 终端节点。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Job id filter</source>
        <translation>作业 ID 筛选条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job name filter</source>
        <translation>作业名称筛选条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job type filter</source>
        <translation>作业类型筛选条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job status filter</source>
        <translation>作业状态筛选条件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+48"/>
        <source>Job id</source>
        <translation>作业 ID</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>No job id to delete.</source>
        <translation>没有要删除的作业 ID。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Template id</source>
        <translation>模板 ID</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>ServiceStage job id</source>
        <translation>ServiceStage 作业 ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>IEF job id</source>
        <translation>IEF 作业 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IEF instance id</source>
        <translation>IEF 实例 ID</translation>
    </message>
    <message>
        <location filename="../app/cloud/cloud_client_servers.cpp" line="+23"/>
        <source>Server id</source>
        <translation>服务器 ID</translation>
    </message>
</context>
<context>
    <name>liteops::ConnectionCheck</name>
    <message>
        <location filename="../app/cloud/connection_check.cpp" line="+24"/>
        <location line="+87"/>
        <source>answered</source>
        <translation>已应答</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>request id %1</source>
        <translation>请求 ID %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: ok (%2)</source>
        <translation>%1：正常（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: failed: %2</source>
        <translation>%1：失败：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: not checked: %2</source>
        <translation>%1：未检查：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: not used: %2</source>
        <translation>%1：未使用：%2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no endpoint in this region; give one to use it</source>
        <translation>该区域没有此服务的终端节点；如需使用请填写一个</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>the token is sent as given, without signing in</source>
        <translation>令牌按原样发送，无需登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>requests are signed with the access key, without signing in</source>
        <translation>请求使用访问密钥签名，无需登录</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no sign-in request was answered</source>
        <translation>登录请求没有得到应答</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Connected: every configured service answered.</source>
        <translation>已连接：每个已配置的服务都已应答。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection failed: %1.</source>
        <translation>连接失败：%1。</translation>
    </message>
</context>
<context>
    <name>liteops::CreateJobRequest</name>
    <message>
        <location filename="../app/core/encode.cpp" line="+23"/>
        <source>Required. Use 1 to 64 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>必填。请使用 1 到 64 个字母、数字、“-”、“_”或“.”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too long (%1 characters). Use at most 64 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>过长（%1 个字符）。最多使用 64 个字母、数字、“-”、“_”或“.”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contains characters that are not allowed. Use only letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>包含不允许的字符。只能使用字母、数字、“-”、“_”或“.”。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The description breaks the official SDK&apos;s rule %1 (1 to 64 letters A-Z a-z, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;; no spaces). The API document&apos;s example has a space, so it is sent as typed; if the service refuses the job, shorten it to that rule.</source>
        <translation>描述不符合官方 SDK 的规则 %1（1 到 64 个字母 A-Z a-z、数字、&apos;-&apos;、&apos;_&apos; 或 &apos;.&apos;；不含空格）。API 文档的示例中含有空格，因此描述按原样发送；如果服务拒绝该作业，请按此规则缩短描述。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The service&apos;s rules for a job: name and type %1; description, per the official SDK, the same rule %1 (no spaces); 1 to 50 server ids, each listed once; at least one item with a valid type.</source>
        <translation>服务对作业的规则：名称和类型为 %1；按官方 SDK，描述也适用同一规则 %1（不含空格）；1 到 50 个服务器 ID，每个只列一次；至少一个类型有效的条目。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Select at least one server.</source>
        <translation>请至少选择一台服务器。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A server id has 1 to 64 characters; this one has %1.</source>
        <translation>服务器 ID 长度为 1 到 64 个字符；此 ID 有 %1 个字符。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Server %1 is listed more than once.</source>
        <translation>服务器 %1 出现了多次。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add at least one item.</source>
        <translation>请至少添加一个作业项。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A parameter needs a name.</source>
        <translation>参数需要名称。</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Too long (%1 characters); at most %2 are allowed.</source>
        <translation>太长（%1 个字符）；最多允许 %2 个。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contains a broken character (an unpaired UTF-16 surrogate).</source>
        <translation>包含损坏的字符（未配对的 UTF-16 代理项）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contains the control character U+%1 (tabs, line breaks and direction overrides are not allowed).</source>
        <translation>包含控制字符 U+%1（不允许制表符、换行符和文字方向覆盖字符）。</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>A server id cannot be blank or contain &apos;/&apos; or control characters.</source>
        <translation>服务器 ID 不能为空白，也不能包含“/”或控制字符。</translation>
    </message>
</context>
<context>
    <name>liteops::Decode</name>
    <message>
        <location filename="../app/core/decode_modelarts.cpp" line="+17"/>
        <source>contains the control character U+001E or U+001F</source>
        <translation>包含控制字符 U+001E 或 U+001F</translation>
    </message>
    <message>
        <location filename="../app/core/json_walker.cpp" line="+32"/>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>expected %1, got %2</source>
        <translation>应为%1，实际为%2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>expected a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>number out of range</source>
        <translation>数字超出范围</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>timestamp out of range</source>
        <translation>时间戳超出范围</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a timestamp</source>
        <translation>时间戳</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a timestamp (epoch number or ISO-8601), got %1</source>
        <translation>应为时间戳（epoch 数字或 ISO-8601），实际为%1</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>the answer is too large to decode</source>
        <translation>响应过大，无法解析</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the answer is empty, expected JSON</source>
        <translation>响应为空，应为 JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected JSON, got an HTML or XML page</source>
        <translation>应为 JSON，实际为 HTML 或 XML 页面</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invalid JSON, the answer may be cut short (%1)</source>
        <translation>JSON 无效，响应可能被截断（%1）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invalid JSON (%1)</source>
        <translation>JSON 无效（%1）</translation>
    </message>
</context>
<context>
    <name>liteops::DetailSync</name>
    <message>
        <location filename="../app/sync/detail_sync.cpp" line="+103"/>
        <source>The local data cannot be written.</source>
        <translation>无法写入本地数据。</translation>
    </message>
</context>
<context>
    <name>liteops::Duration</name>
    <message>
        <location filename="../app/models/display_format.cpp" line="+31"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
</context>
<context>
    <name>liteops::ErrorClusterer</name>
    <message>
        <location filename="../app/models/error_clusterer.cpp" line="+22"/>
        <source>(no message)</source>
        <translation>（无消息）</translation>
    </message>
</context>
<context>
    <name>liteops::Exchange</name>
    <message>
        <location filename="../app/cloud/exchange.cpp" line="+107"/>
        <source>No %1 endpoint is configured: the region does not offer %1 (per the official SDKs&apos; region table) or no endpoint was given. Give its endpoint in the profile or on the command line.</source>
        <translation>未配置 %1 终端节点：该区域不提供 %1（依据官方 SDK 的区域表），或未填写终端节点。请在配置文件或命令行中填写其终端节点。</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>The service refused a freshly issued IAM token (%1).</source>
        <translation>服务拒绝了刚签发的 IAM 令牌（%1）。</translation>
    </message>
</context>
<context>
    <name>liteops::FailureSummaryModel</name>
    <message>
        <location filename="../app/models/failure_summary_model.cpp" line="+80"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason skipped</source>
        <translation>跳过原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example message</source>
        <translation>示例消息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
</context>
<context>
    <name>liteops::IamTokenCache</name>
    <message>
        <location filename="../app/cloud/iam_token_cache.cpp" line="+50"/>
        <source>The credentials changed while signing in.</source>
        <translation>登录过程中凭证发生了变化。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>IAM refused the user name, password or account name (%1).</source>
        <translation>IAM 拒绝了用户名、密码或账号名（%1）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>IAM answered without a token (no X-Subject-Token).</source>
        <translation>IAM 的响应中没有令牌（缺少 X-Subject-Token）。</translation>
    </message>
</context>
<context>
    <name>liteops::JobListModel</name>
    <message>
        <location filename="../app/models/job_list_model.cpp" line="+339"/>
        <source>Open the job to count its servers</source>
        <translation>打开作业即可统计其服务器</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n 台服务器</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n server(s) done</source>
        <translation>
            <numerusform>%n 台服务器中已完成 %1 台</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
</context>
<context>
    <name>liteops::JobRef</name>
    <message>
        <location filename="../app/console/job_ref.cpp" line="+22"/>
        <source>Enter a job id.</source>
        <translation>请输入作业 ID。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A job id has at most 64 characters.</source>
        <translation>作业 ID 最多 64 个字符。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A job id cannot contain &apos;/&apos;, &apos;\&apos; or control characters.</source>
        <translation>作业 ID 不能包含“/”、“\”或控制字符。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The id</source>
        <translation>该 ID</translation>
    </message>
</context>
<context>
    <name>liteops::LaunchOptions</name>
    <message>
        <location filename="../app/console/launch_options.cpp" line="+20"/>
        <source>--%1 needs an http or https URL, got &quot;%2&quot;.</source>
        <translation>--%1 需要 http 或 https URL，实际为“%2”。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>LiteOps: operations console for fleet jobs on Huawei Cloud.</source>
        <translation>LiteOps：华为云集群作业运维控制台。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open with the connection profile NAME.</source>
        <translation>使用名为 NAME 的连接配置打开。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open on the local sandbox (built-in simulator).</source>
        <translation>在本地沙箱（内置模拟器）中打开。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ModelArts endpoint URL; credentials come from HUAWEICLOUD_SDK_AK/SK (or LITEOPS_AUTH_TOKEN).</source>
        <translation>ModelArts 终端节点 URL；凭证来自 HUAWEICLOUD_SDK_AK/SK（或 LITEOPS_AUTH_TOKEN）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project id (default: HUAWEICLOUD_SDK_PROJECT_ID).</source>
        <translation>项目 ID（默认：HUAWEICLOUD_SDK_PROJECT_ID）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ServiceStage endpoint URL.</source>
        <translation>ServiceStage 终端节点 URL。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IEF endpoint URL.</source>
        <translation>IEF 终端节点 URL。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the ModelArts job ID at start.</source>
        <translation>启动时打开 ID 为 ID 的 ModelArts 作业。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User interface language, e.g. zh_CN.</source>
        <translation>界面语言，例如 zh_CN。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unexpected argument: %1</source>
        <translation>多余的参数：%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--sandbox cannot be combined with --profile or --endpoint.</source>
        <translation>--sandbox 不能与 --profile 或 --endpoint 同时使用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--profile and --endpoint cannot be combined.</source>
        <translation>--profile 和 --endpoint 不能同时使用。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--project-id, --servicestage-endpoint and --ief-endpoint need --endpoint or --profile.</source>
        <translation>--project-id、--servicestage-endpoint 和 --ief-endpoint 需要 --endpoint 或 --profile。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No credentials: set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK, or LITEOPS_AUTH_TOKEN.</source>
        <translation>没有凭证：请设置 HUAWEICLOUD_SDK_AK 和 HUAWEICLOUD_SDK_SK，或 LITEOPS_AUTH_TOKEN。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No project id: pass --project-id or set HUAWEICLOUD_SDK_PROJECT_ID.</source>
        <translation>没有项目 ID：请传入 --project-id 或设置 HUAWEICLOUD_SDK_PROJECT_ID。</translation>
    </message>
</context>
<context>
    <name>liteops::ListCompleteness</name>
    <message>
        <location filename="../app/cloud/cloud_call.cpp" line="-51"/>
        <source>incomplete: %1 rows, total unknown</source>
        <translation>不完整：%1 行，总数未知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incomplete: %1 of %2</source>
        <translation>不完整：%1 / %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The service returned %1 %2 (it did not say how many there are)</source>
        <translation>服务返回了 %1 个%2（未说明总数）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service returned %1 of %2 %3</source>
        <translation>服务只返回了 %2 个%3中的 %1 个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it refused the paging parameters, so only its first page could be read.</source>
        <translation>它拒绝了分页参数，因此只能读取第一页。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it ignored the paging parameters and answered the same page again, so the rest cannot be listed.</source>
        <translation>它忽略了分页参数并再次返回同一页，因此无法列出其余部分。</translation>
    </message>
</context>
<context>
    <name>liteops::Notifier</name>
    <message>
        <location filename="../app/console/notifier.cpp" line="+25"/>
        <source>Job %1 finished with failures</source>
        <translation>作业 %1 已结束，存在失败</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %2 servers failed.</source>
        <translation>
            <numerusform>%2 台服务器中 %1 台失败。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First: %1</source>
        <translation>首个：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, …</source>
        <translation>，…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Job %1 finished: %2</source>
        <translation>作业 %1 已结束：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>All %n servers done, none failed.</source>
        <translation>
            <numerusform>全部 %n 台服务器已完成，无失败。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The job has ended.</source>
        <translation>作业已结束。</translation>
    </message>
</context>
<context>
    <name>liteops::Rerun</name>
    <message>
        <location filename="../app/submit/rerun_request.cpp" line="+54"/>
        <source>Rerun of the failed servers of job %1</source>
        <translation>重试作业 %1 的失败服务器</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/submit/server_selection.cpp" line="+72"/>
        <source>Rerun of job %1 on %n selected server(s)</source>
        <translation>
            <numerusform>作业 %1 在 %n 台所选服务器上的重新运行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liteops::RunOutcome</name>
    <message>
        <location filename="../app/submit/run_outcome.cpp" line="+111"/>
        <source>Nothing is left to send in this run.</source>
        <translation>此运行已没有待发送的批次。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run was submitted with the profile %1; connect to it to continue the run.</source>
        <translation>此运行是使用配置 %1 提交的；请连接到该配置后再继续此运行。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A New job window is still running this submission; continue it there.</source>
        <translation>“新建作业”窗口仍在执行此提交；请在该窗口中继续。</translation>
    </message>
</context>
<context>
    <name>liteops::SandboxController</name>
    <message>
        <location filename="../app/console/sandbox_controller.cpp" line="+48"/>
        <source>The local sandbox could not start: %1</source>
        <translation>本地沙箱无法启动：%1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Local sandbox</source>
        <translation>本地沙箱</translation>
    </message>
</context>
<context>
    <name>liteops::SecretStore</name>
    <message>
        <location filename="../app/cloud/secret_store.cpp" line="+97"/>
        <source>No keychain is available on this system. Secrets you enter are kept in memory for this session only and must be entered again after LiteOps restarts; they are never written to disk.</source>
        <translation>此系统上没有可用的钥匙串。您输入的密钥仅在本次会话的内存中保存，LiteOps 重启后需要重新输入；密钥绝不会写入磁盘。</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The keychain is locked and was not unlocked, so LiteOps cannot use it now. Secrets you enter are kept in memory for this session only and must be entered again after LiteOps restarts; they are never written to disk.</source>
        <translation>钥匙串已锁定且未被解锁，因此 LiteOps 目前无法使用它。您输入的密钥仅在本次会话中保存在内存中，LiteOps 重启后需要重新输入；它们绝不会写入磁盘。</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+53"/>
        <source>No secret is stored for this profile.</source>
        <translation>此配置没有保存密钥。</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The keychain refused access: %1</source>
        <translation>钥匙串拒绝访问：%1</translation>
    </message>
</context>
<context>
    <name>liteops::ServerActionRunner</name>
    <message>
        <location filename="../app/submit/server_action_runner.cpp" line="+55"/>
        <source>Cancelled before it was sent.</source>
        <translation>在发送前已取消。</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Start %n server(s) (%1)?</source>
        <translation>
            <numerusform>启动 %n 台服务器（%1）？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Stop %n server(s) (%1)?</source>
        <translation>
            <numerusform>停止 %n 台服务器（%1）？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Reboot %n server(s) (%1)?</source>
        <translation>
            <numerusform>重启 %n 台服务器（%1）？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sent</source>
        <translation>未发送</translation>
    </message>
</context>
<context>
    <name>liteops::ServerPickModel</name>
    <message>
        <location filename="../app/submit/serverpickmodel.cpp" line="+153"/>
        <source>This server is %1, not RUNNING: its task will probably fail or be skipped.</source>
        <translation>此服务器状态为 %1，不是 RUNNING：其任务很可能失败或被跳过。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flavor</source>
        <translation>规格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private IP</source>
        <translation>私有 IP</translation>
    </message>
</context>
<context>
    <name>liteops::State</name>
    <message>
        <location filename="../app/core/state.cpp" line="+166"/>
        <source>Pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partially failed</source>
        <translation>部分失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>liteops::TableExport</name>
    <message>
        <location filename="../app/console/table_export.cpp" line="+132"/>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>liteops::TaskTreeModel</name>
    <message>
        <location filename="../app/models/task_tree_model.cpp" line="+512"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server ID</source>
        <translation>服务器 ID</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Step ID</source>
        <translation>步骤 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node ID</source>
        <translation>节点 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud type</source>
        <translation>云类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud server ID</source>
        <translation>云服务器 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
</context>
<context>
    <name>liteops::VersionDriftModel</name>
    <message>
        <location filename="../app/models/version_drift.cpp" line="+135"/>
        <source>No versions in the message</source>
        <translation>消息中没有版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No result (%1)</source>
        <translation>无结果（%1）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (fleet target)</source>
        <translation>%1（集群目标）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The fleet&apos;s target driver version (set on the Fleet page)</source>
        <translation>集群的目标驱动版本（在“集群”页设置）</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n server(s) reported no driver or firmware version: their task is %1.</source>
        <translation>
            <numerusform>%n 台服务器未上报驱动或固件版本：其任务状态为%1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Driver</source>
        <translation>驱动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Firmware</source>
        <translation>固件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
</context>
<context>
    <name>liteops::WavePlan</name>
    <message>
        <location filename="../app/core/submission_plan.cpp" line="+68"/>
        <source>Wave size &quot;%1&quot; is not a number of servers (1 or more) or a percentage (1% to 100%).</source>
        <translation>批次大小“%1”既不是服务器数量（1 或以上），也不是百分比（1% 到 100%）。</translation>
    </message>
</context>
<context>
    <name>liteops::WaveSubmitter</name>
    <message numerus="yes">
        <location filename="../app/submit/wavesubmitter.cpp" line="+266"/>
        <source>Submitting %n wave(s).</source>
        <translation>
            <numerusform>正在提交 %n 批。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Stopping: no further wave will start.</source>
        <translation>正在停止：不会再启动新的批次。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Resuming.</source>
        <translation>继续执行。</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Stopped at the gate of wave %1. Continue goes on with the next wave.</source>
        <translation>已在第 %1 批的关卡处停止。“继续”会接着发送下一批。</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+62"/>
        <source>Continuing after the gate of wave %1.</source>
        <translation>越过第 %1 批的关卡继续。</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Pausing %1 s before wave %2.</source>
        <translation>第 %2 批开始前暂停 %1 秒。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not list the jobs named %1 before creating it: %2</source>
        <translation>创建前无法查询名为 %1 的作业：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Wave %1: creating %2 with %n server(s).</source>
        <translation>
            <numerusform>第 %1 批：正在创建 %2，包含 %n 台服务器。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Wave %1: created job %2.</source>
        <translation>第 %1 批：已创建作业 %2。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Wave %1: throttled by the service, sending again in %2 s.</source>
        <translation>第 %1 批：被服务限流，%2 秒后重新发送。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wave %1 was refused: %2</source>
        <translation>第 %1 批被拒绝：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wave %1: no clear answer (%2). Checking whether the job exists before anything is sent again.</source>
        <translation>第 %1 批：响应不明确（%2）。重新发送前先确认作业是否已存在。</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Cannot tell whether wave %1 (%2) was created: listing jobs failed: %3. Resume checks again before sending anything.</source>
        <translation>无法确定第 %1 批（%2）是否已创建：查询作业失败：%3。继续执行时会先再次确认，然后才发送。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Wave %1: the job was created after all: %2.</source>
        <translation>第 %1 批：作业实际已创建：%2。</translation>
    </message>
    <message numerus="yes">
        <location line="+186"/>
        <source>Wave %1: verifying the driver on %n server(s) with %2.</source>
        <translation>
            <numerusform>第 %1 批：用 %2 验证 %n 台服务器的驱动。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: not verified (%2)</source>
        <translation>%1：未验证（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wave %1: the verification query could not be created: %2</source>
        <translation>第 %1 批：无法创建验证查询：%2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: the query did not succeed (%2)</source>
        <translation>%1：查询未成功（%2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: reports driver %2</source>
        <translation>%1：报告的驱动为 %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wave %1: the verification job %2 is gone</source>
        <translation>第 %1 批：验证作业 %2 已不存在</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Wave %1 verified: %2 on the requested driver %3, %n mismatched.</source>
        <translation>
            <numerusform>第 %1 批已验证：%2 台为所请求的驱动 %3，%n 台不符。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Gate: %1. Continue to send the next wave, or stop.</source>
        <translation>关卡：%1。继续以发送下一批，或停止。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>wave %1: %n server(s) succeeded</source>
        <translation>
            <numerusform>第 %1 批：%n 台服务器成功</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>，%n 台失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n skipped</source>
        <translation>
            <numerusform>，%n 台跳过</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, verified %1</source>
        <translation>，已验证 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n mismatched</source>
        <translation>
            <numerusform>，%n 台不符</numerusform>
        </translation>
    </message>
    <message>
        <location line="-382"/>
        <source>Wave %1 (%2) was not created. Resume sends it again.</source>
        <translation>第 %1 批（%2）未创建。继续执行时将重新发送。</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Wave %1 finished: %2 succeeded, %3 failed, %4 skipped.</source>
        <translation>第 %1 批已结束：成功 %2，失败 %3，跳过 %4。</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Error budget spent: %n task(s) failed (limit %1). No further wave starts.</source>
        <translation>
            <numerusform>错误预算已用完：%n 个任务失败（上限 %1）。不再启动新的批次。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error budget spent: %1 of %2 servers failed (limit %3%). No further wave starts.</source>
        <translation>错误预算已用完：%2 台服务器中 %1 台失败（上限 %3%）。不再启动新的批次。</translation>
    </message>
    <message>
        <location line="+223"/>
        <source>Stopped. Resume continues with the next wave.</source>
        <translation>已停止。继续执行时将从下一批开始。</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>All %n wave(s) finished.</source>
        <translation>
            <numerusform>全部 %n 批已结束。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Wave %1 was not sent: %2</source>
        <translation>第 %1 批未发送：%2</translation>
    </message>
    <message>
        <location line="-863"/>
        <source>The submission has already started.</source>
        <translation>提交已经开始。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submission %1 has no wave.</source>
        <translation>提交 %1 没有批次。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submission %1: the history does not hold every wave&apos;s request.</source>
        <translation>提交 %1：历史中没有每一批的请求。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Every wave of submission %1 was created already.</source>
        <translation>提交 %1 的所有批次都已创建。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resuming submission %1 from the history.</source>
        <translation>正在从历史继续提交 %1。</translation>
    </message>
    <message>
        <location line="+303"/>
        <source>Cannot tell whether wave %1 (%2) was created: no list of the jobs with that name was kept from before its create. Check the job list.</source>
        <translation>无法确定第 %1 批（%2）是否已创建：没有保存创建前同名作业的列表。请检查作业列表。</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Wave %1: job %2 has the same name but other servers; it was not created by this submission and is left alone.</source>
        <translation>第 %1 批：作业 %2 名称相同但服务器不同；它不是本次提交创建的，不予处理。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a job named %1 has no tasks listed yet</source>
        <translation>名为 %1 的作业尚未列出任务</translation>
    </message>
    <message numerus="yes">
        <location line="+99"/>
        <source>Error budget spent: %n task(s) failed, more than the %1 allowed. No further wave starts.</source>
        <translation>
            <numerusform>错误预算已用完：%n 个任务失败，超过允许的 %1 个。不再启动后续批次。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liteops::WizardState</name>
    <message>
        <location filename="../app/submit/wizardstate.cpp" line="+50"/>
        <source>no cloud connection</source>
        <translation>无云连接</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>templates</source>
        <translation>模板</translation>
    </message>
</context>
<context>
    <name>liteops::fleet::FleetModel</name>
    <message>
        <location filename="../app/fleet/fleet_model.cpp" line="+124"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flavor</source>
        <translation>规格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private IP</source>
        <translation>私有 IP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver</source>
        <translation>驱动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Firmware</source>
        <translation>固件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queried</source>
        <translation>查询时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliance</source>
        <translation>合规</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last job</source>
        <translation>最近作业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last outcome</source>
        <translation>最近结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last run</source>
        <translation>最近运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failures (last %1)</source>
        <translation>失败数（最近 %1 个）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failure streak</source>
        <translation>连续失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>Flaky</source>
        <translation>不稳定</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 (compared as text)</source>
        <translation>%1（按文本比较）</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 ago, job %2</source>
        <translation>%1 前，作业 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of the last failures read like this</source>
        <translation>
            <numerusform>最近的失败中有 %n 个与此相同</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liteops::sim</name>
    <message>
        <location filename="../app/sim/fault_rules.cpp" line="+55"/>
        <source>fault &quot;%1&quot;: expected METHOD PATH-REGEX KIND [ARG] [count=N] [p=F]</source>
        <translation>故障“%1”：格式应为 METHOD PATH-REGEX KIND [ARG] [count=N] [p=F]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>fault &quot;%1&quot;: unknown method &quot;%2&quot; (use an HTTP method or *)</source>
        <translation>故障“%1”：未知方法“%2”（请使用 HTTP 方法或 *）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fault &quot;%1&quot;: bad PATH-REGEX: %2</source>
        <translation>故障“%1”：PATH-REGEX 无效：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fault &quot;%1&quot;: unknown KIND &quot;%2&quot; (latency, status, throttle, html, truncate, malformed, slow, ignore-paging, reject-paging)</source>
        <translation>故障 &quot;%1&quot;：未知的 KIND &quot;%2&quot;（latency、status、throttle、html、truncate、malformed、slow、ignore-paging、reject-paging）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>fault &quot;%1&quot;: ARG &quot;%2&quot; is not a non-negative whole number</source>
        <translation>故障“%1”：ARG“%2”不是非负整数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fault &quot;%1&quot;: %2 needs a number</source>
        <translation>故障“%1”：%2 需要一个数字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fault &quot;%1&quot;: CODE must be an HTTP status between 100 and 599</source>
        <translation>故障“%1”：CODE 必须是 100 到 599 之间的 HTTP 状态码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fault &quot;%1&quot;: BYTES_PER_S must be at least 1</source>
        <translation>故障“%1”：BYTES_PER_S 至少为 1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>fault &quot;%1&quot;: count must be a whole number of at least 1</source>
        <translation>故障“%1”：count 必须是至少为 1 的整数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fault &quot;%1&quot;: p must be a number in (0, 1]</source>
        <translation>故障“%1”：p 必须是 (0, 1] 之间的数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fault &quot;%1&quot;: unexpected &quot;%2&quot;</source>
        <translation>故障“%1”：多余的“%2”</translation>
    </message>
    <message>
        <location filename="../app/sim/sim_options.cpp" line="+75"/>
        <source>%1 expects a whole number from %2 to %3, got &quot;%4&quot;</source>
        <translation>%1 需要 %2 到 %3 之间的整数，实际为“%4”</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>unknown option &quot;%1&quot; (see --help)</source>
        <translation>未知选项“%1”（参见 --help）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>%1: cannot read &quot;%2&quot;: %3</source>
        <translation>%1：无法读取 &quot;%2&quot;：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;%2&quot; is larger than %3 bytes</source>
        <translation>%1：&quot;%2&quot; 超过 %3 字节</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>--bind expects an IP address, got &quot;%1&quot;</source>
        <translation>--bind 需要 IP 地址，实际为“%1”</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>%1: &quot;%2&quot; is empty</source>
        <translation>%1：&quot;%2&quot; 为空</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>--seed expects a non-negative whole number, got &quot;%1&quot;</source>
        <translation>--seed 需要非负整数，实际为“%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--project-id expects 1-64 letters, digits or &apos;-&apos;, got &quot;%1&quot;</source>
        <translation>--project-id 需要 1-64 个字母、数字或“-”，实际为“%1”</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--failure-rate expects a number from 0 to 1, got &quot;%1&quot;</source>
        <translation>--failure-rate 需要 0 到 1 之间的数字，实际为“%1”</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>give the secret of %1 once: either %1 or %2</source>
        <translation>%1 的密钥只能给出一次：使用 %1 或 %2 之一</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>warning: %1 puts a secret on the command line, where other users of this machine can see it (ps, /proc/PID/cmdline); use %2 or %3 FILE instead</source>
        <translation>警告：%1 将密钥放在命令行上，本机的其他用户可以看到它（ps、/proc/PID/cmdline）；请改用 %2 或 %3 FILE</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>--ak needs the secret key: LITEOPS_SIM_SK, --sk-file FILE or --sk</source>
        <translation>--ak 需要私有访问密钥：LITEOPS_SIM_SK、--sk-file FILE 或 --sk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a secret key (LITEOPS_SIM_SK, --sk-file or --sk) needs --ak</source>
        <translation>私有访问密钥（LITEOPS_SIM_SK、--sk-file 或 --sk）需要 --ak</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--iam-user needs the password: LITEOPS_SIM_IAM_PASSWORD, --iam-password-file FILE or --iam-password</source>
        <translation>--iam-user 需要密码：LITEOPS_SIM_IAM_PASSWORD、--iam-password-file FILE 或 --iam-password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an IAM password (LITEOPS_SIM_IAM_PASSWORD, --iam-password-file or --iam-password) and --iam-domain need --iam-user</source>
        <translation>IAM 密码（LITEOPS_SIM_IAM_PASSWORD、--iam-password-file 或 --iam-password）和 --iam-domain 需要 --iam-user</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert 和 --tls-key 必须同时使用</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Usage: liteops-sim [OPTIONS]

A local stand-in for the Huawei Cloud APIs LiteOps uses: ModelArts Lite Server jobs,
templates and servers (/v1/...), ServiceStage jobs (/v3/.../cas/jobs/...), IEF batch jobs
(/v2/.../productmgr/jobs/...) and IAM tokens (/v3/auth/tokens), all on one address.
The first line on stdout is &quot;listening on http://HOST:PORT&quot; (&quot;https://&quot; with --tls-cert);
sample ids follow, one per line, as &quot;servicestage job: ID&quot; and &quot;ief job: ID&quot; (those
services have no list call; the failed ones are partial failures). SIGINT or SIGTERM stop it.

Options:
  --bind ADDR                 address to listen on (default 127.0.0.1)
  --port N                    port; 0 takes any free port (default 0)
  --seed N                    seed of all generated data (default 1)
  --servers N                 servers in the fleet, 1-20000 (default 64)
  --jobs N                    ModelArts jobs in the history, 0-100000 (default 40)
  --project-id ID             project id expected in paths (default 0b8e1c5f7a2d4e3f9c6b1a0d2e4f6a8b)
  --ak AK                     with the secret key below: accept requests signed with
                              SDK-HMAC-SHA256 by this key pair
  --sk-file FILE              the secret key, read from FILE (or LITEOPS_SIM_SK)
  --token-file FILE           accept X-Auth-Token: the token in FILE (or LITEOPS_SIM_TOKEN)
  --iam-user U [--iam-domain D]
                              with the password below: POST /v3/auth/tokens (password
                              method) with these credentials issues a 24-hour token
                              (X-Subject-Token header, 201)
  --iam-password-file FILE    the IAM password, read from FILE (or LITEOPS_SIM_IAM_PASSWORD)
  --sk SK, --token T, --iam-password P
                              the same secrets on the command line: still accepted, with a
                              warning, because other users of the machine can see a command
                              line (ps, /proc); prefer the environment or a file
  --no-auth                   accept every request without credentials
  --tls-cert FILE --tls-key FILE
                              serve HTTPS with this PEM certificate (chain: the server&apos;s
                              certificate first) and its PEM private key (unencrypted)
  --task-duration-ms N        created jobs&apos; tasks finish, and server actions (reboot,
                              start, stop) pass their transitional status, within N ms
                              (default 4000)
  --failure-rate F            share of created tasks that fail, 0-1 (default 0.1); flaky
                              servers fail more often, except at 0: no created task fails
  --max-servers-per-job N     larger creates are refused (default 50)
  --fault SPEC                inject a fault (repeatable), see below
  -h, --help                  show this text

Secrets: a file (/dev/stdin too) is read whole, without its final line ending; an empty
environment variable counts as unset; a secret on the command line or in a file wins over the
environment. Authentication is checked once a key pair, a token or --iam-user is given (and
not --no-auth); without any of them every request is accepted. Signatures older or newer than
15 minutes get 401 APIGW.0303, bad signatures or tokens 401 APIGW.0301.

Fault SPEC:  METHOD PATH-REGEX KIND [ARG] [count=N] [p=F]
  METHOD      GET, POST, DELETE, ... or * for any
  PATH-REGEX  regular expression searched in the request path (no query); use ^...$ to anchor
  KIND        latency MS        answer after MS milliseconds
              status CODE       answer CODE with a Huawei error body (request not processed);
                                403 is a policy denial with encoded_authorization_message
              throttle [SECS]   429 APIGW.0308 with Retry-After: SECS (default 2)
              html CODE         answer CODE with an HTML error page, as a proxy would
              truncate          process, then close the connection halfway through the body
              malformed         process, then answer 200 with invalid JSON
              slow BYTES_PER_S  process, then send the answer at that rate
              ignore-paging     answer the default page (limit 10, offset 0) whatever
                                limit/offset say, as a service that does not know them
              reject-paging     refuse a request with limit or offset: 400 ModelArts.0104
  count=N     hit only the next N matching requests
  p=F         hit a matching request with probability F (0 &lt; F &lt;= 1)
  Example:    --fault &quot;POST /dev-servers/jobs$ truncate count=1&quot;
              --fault &quot;GET /dev-servers/jobs$ ignore-paging&quot;

Control API (no authentication, loopback clients only):
  GET    /_sim/catalog   {&quot;servicestage_jobs&quot;: [ids], &quot;ief_jobs&quot;: [ids], &quot;modelarts_jobs&quot;: [ids]}
  POST   /_sim/faults    body: one SPEC line -&gt; 201
  DELETE /_sim/faults    remove all faults

ServiceStage and IEF calls without &quot;Content-Type: application/json&quot; are refused with 400
(SVCSTG.00100400, IEF.100001), as those services document the header as mandatory.

Error codes: ModelArts.0101 missing parameter, ModelArts.0104 invalid parameter,
ModelArts.0105 more servers than --max-servers-per-job, ModelArts.6404 unknown server,
ModelArts.6405 unknown job, ModelArts.6406 unknown template (all 400, 404 for lookups by id);
ModelArts.6409 a server action its status does not allow, e.g. start on RUNNING (409);
APIGW.0101 unknown API (404).

The fleet: every server has an HDK driver and firmware (HDK_QUERY tasks report them as
&quot;Driver: X | Firmware: Y&quot;; a succeeded HDK_UPGRADE created through the API sets the driver to
its spec&apos;s version). The seeded history leaves servers on the current and on older drivers,
a tail no query succeeded on, a tail queried only over a week ago, and a few flaky servers that
fail often, each always with the same message. PUT /v1/{project}/dev-servers/{id}/reboot,
/start and /stop move a server through REBOOTING, STARTING or STOPPING.
</source>
        <translation>用法：liteops-sim [选项]

LiteOps 所用华为云 API 的本地替身：ModelArts Lite Server 作业、模板和服务器（/v1/...）、
ServiceStage 作业（/v3/.../cas/jobs/...）、IEF 批量作业（/v2/.../productmgr/jobs/...）
和 IAM 令牌（/v3/auth/tokens），全部在同一地址上提供。
stdout 的第一行为 &quot;listening on http://HOST:PORT&quot;（指定 --tls-cert 时为 &quot;https://&quot;）；随后每行一个示例 ID，
格式为 &quot;servicestage job: ID&quot; 和 &quot;ief job: ID&quot;（这两个服务没有列表接口；其中失败的作业为部分失败）。
SIGINT 或 SIGTERM 使其停止。

选项：
  --bind ADDR                 监听地址（默认 127.0.0.1）
  --port N                    端口；0 表示任意空闲端口（默认 0）
  --seed N                    所有生成数据的种子（默认 1）
  --servers N                 集群中的服务器数，1-20000（默认 64）
  --jobs N                    历史中的 ModelArts 作业数，0-100000（默认 40）
  --project-id ID             路径中期望的项目 ID（默认 0b8e1c5f7a2d4e3f9c6b1a0d2e4f6a8b）
  --ak AK                     与下面的私有访问密钥一起：接受用此密钥对以
                              SDK-HMAC-SHA256 签名的请求
  --sk-file FILE              从 FILE 读取私有访问密钥（或使用 LITEOPS_SIM_SK）
  --token-file FILE           接受 X-Auth-Token：FILE 中的令牌（或使用 LITEOPS_SIM_TOKEN）
  --iam-user U [--iam-domain D]
                              与下面的密码一起：使用这些凭证调用 POST /v3/auth/tokens
                              （密码方式）签发 24 小时有效的令牌（X-Subject-Token 响应头，201）
  --iam-password-file FILE    从 FILE 读取 IAM 密码（或使用 LITEOPS_SIM_IAM_PASSWORD）
  --sk SK, --token T, --iam-password P
                              在命令行上给出同样的密钥：仍然接受，但会给出警告，
                              因为本机的其他用户可以看到命令行（ps、/proc）；
                              请改用环境变量或文件
  --no-auth                   不需要凭证，接受所有请求
  --tls-cert FILE --tls-key FILE
                              使用此 PEM 证书（证书链：服务器证书在前）及其 PEM 私钥
                              （未加密）提供 HTTPS 服务
  --task-duration-ms N        新建作业的任务在 N 毫秒内结束，服务器操作（重启、启动、停止）
                              在 N 毫秒内结束其过渡状态（默认 4000）
  --failure-rate F            新建任务的失败比例，0-1（默认 0.1）；不稳定的服务器失败更频繁，
                              但为 0 时任何新建任务都不会失败
  --max-servers-per-job N     拒绝更大的创建请求（默认 50）
  --fault SPEC                注入故障（可重复），见下文
  -h, --help                  显示此帮助

密钥：文件（包括 /dev/stdin）整体读取，不含末尾的换行；值为空的环境变量视为未设置；
命令行或文件中的密钥优先于环境变量。指定密钥对、令牌或 --iam-user（且未指定 --no-auth）
后会检查认证；都未指定时接受所有请求。签名时间早于或晚于 15 分钟返回 401 APIGW.0303，
签名或令牌错误返回 401 APIGW.0301。

故障 SPEC：  METHOD PATH-REGEX KIND [ARG] [count=N] [p=F]
  METHOD      GET、POST、DELETE 等，* 表示任意方法
  PATH-REGEX  在请求路径（不含查询参数）中搜索的正则表达式；用 ^...$ 锚定
  KIND        latency MS        MS 毫秒后响应
              status CODE       返回 CODE 和华为错误体（请求未处理）
                                403 为带 encoded_authorization_message 的策略拒绝
              throttle [SECS]   429 APIGW.0308，Retry-After: SECS（默认 2）
              html CODE         像代理一样返回 CODE 和 HTML 错误页面
              truncate          处理请求，然后在响应体中途关闭连接
              malformed         处理请求，然后返回 200 和无效 JSON
              slow BYTES_PER_S  处理请求，然后以该速率发送响应
              ignore-paging     无论 limit/offset 为何，都返回默认页（limit 10，offset 0），
                                如同不认识这些参数的服务
              reject-paging     拒绝带 limit 或 offset 的请求：400 ModelArts.0104
  count=N     只影响接下来 N 个匹配的请求
  p=F         以概率 F 影响匹配的请求（0 &lt; F &lt;= 1）
  示例：      --fault &quot;POST /dev-servers/jobs$ truncate count=1&quot;
              --fault &quot;GET /dev-servers/jobs$ ignore-paging&quot;

控制 API（无需认证，仅限环回客户端）：
  GET    /_sim/catalog   {&quot;servicestage_jobs&quot;: [ids], &quot;ief_jobs&quot;: [ids], &quot;modelarts_jobs&quot;: [ids]}
  POST   /_sim/faults    请求体：一行 SPEC -&gt; 201
  DELETE /_sim/faults    删除所有故障

缺少 &quot;Content-Type: application/json&quot; 的 ServiceStage 和 IEF 调用会被拒绝，返回 400
（SVCSTG.00100400、IEF.100001），因为这两个服务将该请求头列为必填。

错误码：ModelArts.0101 缺少参数，ModelArts.0104 参数无效，
ModelArts.0105 服务器数超过 --max-servers-per-job，ModelArts.6404 未知服务器，
ModelArts.6405 未知作业，ModelArts.6406 未知模板（均为 400，按 ID 查询时为 404）；
ModelArts.6409 服务器当前状态不允许该操作，例如对 RUNNING 的服务器执行 start（409）；
APIGW.0101 未知 API（404）。

服务器群：每台服务器都有 HDK 驱动和固件版本（HDK_QUERY 任务以 &quot;Driver: X | Firmware: Y&quot;
报告；通过 API 创建且成功的 HDK_UPGRADE 会把驱动设为其 spec 中的版本）。预置的历史中有使用
当前驱动和旧驱动的服务器、一批查询从未成功的服务器、一批仅在一周多以前被查询过的服务器，
以及少数经常失败且每次错误信息相同的不稳定服务器。PUT /v1/{project}/dev-servers/{id}/reboot、
/start 和 /stop 会让服务器经过 REBOOTING、STARTING 或 STOPPING 状态。
</translation>
    </message>
</context>
<context>
    <name>liteops::sim::Simulator</name>
    <message>
        <location filename="../app/sim/simulator.cpp" line="+92"/>
        <source>HTTPS needs both a certificate and a key</source>
        <translation>HTTPS 需要证书和私钥</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read the TLS certificate %1: %2</source>
        <translation>无法读取 TLS 证书 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 中没有 PEM 证书</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read the TLS key %1: %2</source>
        <translation>无法读取 TLS 私钥 %1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 holds no unencrypted PEM private key (RSA or EC)</source>
        <translation>%1 中没有未加密的 PEM 私钥（RSA 或 EC）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the key in %1 does not belong to the certificate in %2</source>
        <translation>%1 中的私钥与 %2 中的证书不匹配</translation>
    </message>
    <message>
        <location line="+247"/>
        <source>the simulator is already running</source>
        <translation>模拟器已在运行</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot listen on %1:%2: %3</source>
        <translation>无法监听 %1:%2：%3</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>bad job name regex &quot;%1&quot;: %2</source>
        <translation>作业名称正则表达式“%1”无效：%2</translation>
    </message>
</context>
<context>
    <name>liteops::store::LocalStore</name>
    <message>
        <location filename="../app/store/local_store.cpp" line="+117"/>
        <source>Local data is off: %1</source>
        <translation>本地数据已停用：%1</translation>
    </message>
</context>
<context>
    <name>liteops::ui::AboutDialog</name>
    <message>
        <location filename="../ui/console/about_dialog.cpp" line="+29"/>
        <source>About LiteOps</source>
        <translation>关于 LiteOps</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Desktop operations console for fleet jobs on Huawei Cloud.</source>
        <translation>华为云集群作业的桌面运维控制台。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1（编译时版本 %2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LiteOps is licensed under the %1.</source>
        <translation>LiteOps 依据 %1 授权。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apache License, Version 2.0 (Apache-2.0)</source>
        <translation>Apache 许可证 2.0 版（Apache-2.0）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Libraries and their licenses</source>
        <translation>依赖库及其许可证</translation>
    </message>
</context>
<context>
    <name>liteops::ui::CreateJobWizard</name>
    <message>
        <location filename="../ui/wizard/createjobwizard.cpp" line="+42"/>
        <source>New job</source>
        <translation>新建作业</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A rollout waits for you</source>
        <translation>有一次发布在等待您的确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2. Continue or stop it in the New job window.</source>
        <translation>%1：%2。请在“新建作业”窗口中继续或停止。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Your input is not being saved as a draft:</source>
        <translation>您的输入未保存为草稿：</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Continue %1</source>
        <translation>继续 %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Stop the submission?</source>
        <translation>停止提交？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waves are still being sent. Closing stops before the next wave; jobs already created keep running, and a create in flight is recorded in the history. Close anyway?</source>
        <translation>仍有批次正在发送。关闭后将在下一批之前停止；已创建的作业会继续运行，正在发送的创建请求会记录在历史中。仍要关闭吗？</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Rerun of job &lt;a href=&quot;job&quot;&gt;%1&lt;/a&gt; (%2)</source>
        <translation>重新运行作业 &lt;a href=&quot;job&quot;&gt;%1&lt;/a&gt;（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the original job in the console</source>
        <translation>在控制台中打开原作业</translation>
    </message>
</context>
<context>
    <name>liteops::ui::ErrorBanner</name>
    <message numerus="yes">
        <location filename="../ui/common/error_banner.cpp" line="+26"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>The service asks to wait %n s before trying again.</source>
        <translation>
            <numerusform>服务要求等待 %n 秒后再重试。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+54"/>
        <source>Copy the error code and request id</source>
        <translation>复制错误码和请求ID</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Copy error details</source>
        <translation>复制错误详情</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide this message</source>
        <translation>隐藏此消息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide error</source>
        <translation>隐藏错误</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+41"/>
        <source>Error code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+41"/>
        <source>Request id: %1</source>
        <translation>请求ID：%1</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+41"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Copy the error code, request id and encoded authorization message</source>
        <translation>复制错误码、请求ID和编码的授权信息</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+14"/>
        <source>Encoded authorization message: %1</source>
        <translation>编码的授权信息：%1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No data could be loaded yet.</source>
        <translation>尚未加载任何数据。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Showing the last data loaded, %1 ago (stale).</source>
        <translation>显示的是 %1前加载的数据（已过期）。</translation>
    </message>
</context>
<context>
    <name>liteops::ui::ExportPath</name>
    <message>
        <location filename="../ui/common/export_path.cpp" line="+17"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>liteops::ui::FailureSummaryPanel</name>
    <message>
        <location filename="../ui/console/failure_summary_panel.cpp" line="+46"/>
        <source>Failure summary</source>
        <translation>失败汇总</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a cluster to select its servers in the task list</source>
        <translation>单击某个错误分组，即可在任务列表中选中其服务器</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped servers by reason</source>
        <translation>按原因列出的已跳过服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a reason to select its servers in the task list</source>
        <translation>单击某个原因，即可在任务列表中选中其服务器</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No failed steps</source>
        <translation>没有失败的步骤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every step of this job ended without an error.</source>
        <translation>此作业的每个步骤都已无错误地结束。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No failed nodes</source>
        <translation>没有失败的节点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every node of this job ended without an error.</source>
        <translation>此作业的每个节点都已无错误地结束。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No failed servers</source>
        <translation>没有失败的服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every server of this job ended without an error.</source>
        <translation>此作业的所有服务器均已无错误结束。</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Nothing has failed so far; failures are grouped here by error as they come in.</source>
        <translation>目前没有失败；失败出现时会按错误分组显示在这里。</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Failed: %n server(s), by error</source>
        <translation>
            <numerusform>失败：%n 台服务器，按错误分组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Skipped: %n server(s), by reason</source>
        <translation>
            <numerusform>已跳过：%n 台服务器，按原因分组</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No job open</source>
        <translation>未打开作业</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select a job to see why its servers failed.</source>
        <translation>选择一个作业，查看其服务器失败的原因。</translation>
    </message>
</context>
<context>
    <name>liteops::ui::FleetActions</name>
    <message>
        <location filename="../ui/console/fleet_actions.cpp" line="+83"/>
        <source>New Job on These Servers…</source>
        <translation>在这些服务器上新建作业…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the create-job wizard with the selected servers as targets</source>
        <translation>打开创建作业向导，以所选服务器为目标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrade to Target…</source>
        <translation>升级到目标版本…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Query Versions Now</source>
        <translation>立即查询版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+64"/>
        <source>Run an HDK_QUERY job on the selected servers; their rows update when it finishes</source>
        <translation>在所选服务器上运行 HDK_QUERY 作业；完成后更新这些行</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Reboot…</source>
        <translation>重启…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reboot the selected servers (asks first)</source>
        <translation>重启所选服务器（先确认）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start…</source>
        <translation>启动…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the selected servers (asks first)</source>
        <translation>启动所选服务器（先确认）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop…</source>
        <translation>停止…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the selected servers (asks first)</source>
        <translation>停止所选服务器（先确认）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy Server Ids</source>
        <translation>复制服务器 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the ids of the selected servers, one per line</source>
        <translation>复制所选服务器的 ID，每行一个</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy Server Names</source>
        <translation>复制服务器名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the names of the selected servers, one per line</source>
        <translation>复制所选服务器的名称，每行一个</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Set a target driver version on the Fleet page first</source>
        <translation>请先在机群页面设置目标驱动版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the wizard to upgrade the selected servers to driver %1</source>
        <translation>打开向导，将所选服务器升级到驱动 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A version query is running; its rows update when it finishes</source>
        <translation>版本查询正在运行；完成后更新这些行</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Query Versions</source>
        <translation>查询版本</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The version query was not sent: %1</source>
        <translation>版本查询未发送：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Querying the versions of %n server(s)…</source>
        <translation>
            <numerusform>正在查询 %n 台服务器的版本…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The version query stopped: %1</source>
        <translation>版本查询已停止：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Versions queried on %n server(s).</source>
        <translation>
            <numerusform>已查询 %n 台服务器的版本。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>Copied %n server name(s)</source>
        <translation>
            <numerusform>已复制 %n 个服务器名称</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Copied %n server id(s)</source>
        <translation>
            <numerusform>已复制 %n 个服务器 ID</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liteops::ui::FleetPage</name>
    <message>
        <location filename="../ui/console/fleet_page.cpp" line="+53"/>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All flavors</source>
        <translation>所有规格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Targets…</source>
        <translation>目标(&amp;T)…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter servers by name, id, IP, flavor, version or error</source>
        <translation>按名称、ID、IP、规格、版本或错误筛选服务器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target driver, e.g. 24.1.0.3</source>
        <translation>目标驱动版本，例如 24.1.0.3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Target driver:</source>
        <translation>目标驱动：</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flaky %1</source>
        <translation>不稳定 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Server status</source>
        <translation>服务器状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server flavor</source>
        <translation>服务器规格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the servers shown as CSV or JSON</source>
        <translation>将显示的服务器导出为 CSV 或 JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export servers</source>
        <translation>导出服务器</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Export Fleet</source>
        <translation>导出机群</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Exported %n server(s) to %1</source>
        <translation>
            <numerusform>已将 %n 台服务器导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
</context>
<context>
    <name>liteops::ui::FleetTargetsDialog</name>
    <message>
        <location filename="../ui/console/fleet_targets_dialog.cpp" line="+36"/>
        <source>Compliance Targets</source>
        <translation>合规目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 24.1.0.3; empty: no target</source>
        <translation>例如 24.1.0.3；留空：无目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional, e.g. 7.5.0.5.220</source>
        <translation>可选，例如 7.5.0.5.220</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A server whose newest version report is older than this is stale</source>
        <translation>最新版本报告早于此时长的服务器视为过期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flavor</source>
        <translation>规格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Driver</source>
        <translation>驱动</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Firmware</source>
        <translation>固件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fleet target &amp;driver:</source>
        <translation>机群目标驱动(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fleet target &amp;firmware:</source>
        <translation>机群目标固件(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stale after:</source>
        <translation>过期时长(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A flavor with a target of its own uses it instead of the fleet&apos;s; leave both of its cells empty to use the fleet&apos;s.</source>
        <translation>设置了自身目标的规格使用自身目标而非机群目标；两格都留空则使用机群目标。</translation>
    </message>
</context>
<context>
    <name>liteops::ui::HistoryDialog</name>
    <message>
        <location filename="../ui/wizard/history_tree.cpp" line="+52"/>
        <source>sent, no answer recorded (LiteOps stopped): check the job list</source>
        <translation>已发送，未记录响应（LiteOps 已停止）：请检查作业列表</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>created (found after an unclear answer)</source>
        <translation>已创建（在响应不明确后查到）</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partially failed</source>
        <translation>部分失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped on the error budget: %1</source>
        <translation>因错误预算用完而停止：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting at the gate: %1</source>
        <translation>在关卡处等待：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped after %1 of %2 waves; Continue goes on</source>
        <translation>已在 %2 个批次中的第 %1 个之后停止；“继续”可接着执行</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown: a create got no answer (check the job list)</source>
        <translation>未知：有创建请求未得到响应（请检查作业列表）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown: its jobs were not followed to their end</source>
        <translation>未知：其作业未被跟踪到结束</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not created (checked after an unclear answer)</source>
        <translation>未创建（在响应不明确后确认）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>throttled, to be sent again</source>
        <translation>被限流，将重新发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused: %1</source>
        <translation>被拒绝：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>outcome unknown: %1</source>
        <translation>结果未知：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizard/historydialog.cpp" line="+172"/>
        <source>(%n unreadable line(s) skipped)</source>
        <translation>
            <numerusform>（跳过 %n 行无法读取的内容）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/wizard/history_tree.cpp" line="+47"/>
        <source>its gate was passed (%1)</source>
        <translation>已通过其关卡（%1）</translation>
    </message>
    <message>
        <location filename="../ui/wizard/historydialog.cpp" line="-99"/>
        <source>Submission history</source>
        <translation>提交历史</translation>
    </message>
    <message>
        <location filename="../ui/wizard/history_tree.cpp" line="+42"/>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Job id</source>
        <translation>作业 ID</translation>
    </message>
    <message>
        <location filename="../ui/wizard/historydialog.cpp" line="+4"/>
        <source>Double-click a wave to open its job, a run to open the job it got to last.</source>
        <translation>双击批次可打开其作业；双击运行可打开其最后到达的作业。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>C&amp;ontinue…</source>
        <translation>继续(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Submit again…</source>
        <translation>再次提交(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy request</source>
        <translation>复制请求(&amp;C)</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Go on with the waves not sent yet, with the options the run was started with</source>
        <translation>按此运行启动时的选项，继续发送尚未发送的批次</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the New job wizard filled in like this run, to review and submit</source>
        <translation>打开按此运行预先填写的“新建作业”向导，检查后再提交</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Continue the run?</source>
        <translation>继续此运行？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue %1 with the profile %2? %3 of %4 waves were created; they are not sent again. The rest go out as the run was planned, with its gate and error budget.</source>
        <translation>使用配置 %2 继续 %1？%4 个批次中已有 %3 个创建，它们不会再次发送。其余批次将按原计划发送，并保留其关卡和错误预算。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/history_tree.cpp" line="-58"/>
        <source>liteops-cli</source>
        <translation>liteops-cli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rerun of %1</source>
        <translation>重跑自 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wave %1 · %2</source>
        <translation>批次 %1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the run waits at its gate</source>
        <translation>运行在其关卡处等待</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Submission %1</source>
        <translation>提交 %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Run / wave</source>
        <translation>运行 / 批次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mismatched</source>
        <translation>不匹配</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../ui/wizard/historydialog.cpp" line="-109"/>
        <source>Nothing submitted yet. Jobs created with the New job wizard are listed here, with the exact request sent, and so are those created with liteops-cli jobs create.</source>
        <translation>尚未提交任何内容。使用“新建作业”向导创建的作业会连同发送的确切请求列在这里，使用 liteops-cli jobs create 创建的作业也会列出。</translation>
    </message>
</context>
<context>
    <name>liteops::ui::JobDetailPanel</name>
    <message>
        <location filename="../ui/console/job_detail_panel.cpp" line="+26"/>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+75"/>
        <source>Failures</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+76"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Steps (%1)</source>
        <translation>步骤（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nodes (%1)</source>
        <translation>节点（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks (%1)</source>
        <translation>任务（%1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Failures (%1)</source>
        <translation>失败（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions (%1)</source>
        <translation>版本（%1）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loading job %1…</source>
        <translation>正在加载作业 %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The job&apos;s tasks appear here as soon as the service answers.</source>
        <translation>服务响应后，作业的任务会显示在这里。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The job could not be loaded.</source>
        <translation>无法加载该作业。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Job not loaded</source>
        <translation>作业未加载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the message above; press Retry or F5 to try again, or open another job.</source>
        <translation>请查看上方的消息；按“重试”或 F5 再试一次，或打开其他作业。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No job selected</source>
        <translation>未选择作业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a job in the list to see its servers, or press Ctrl+O to open a ServiceStage or IEF job by id.</source>
        <translation>在列表中选择一个作业以查看其服务器，或按 Ctrl+O 按 ID 打开 ServiceStage 或 IEF 作业。</translation>
    </message>
</context>
<context>
    <name>liteops::ui::JobFilterBar</name>
    <message>
        <location filename="../ui/console/job_filter_bar.cpp" line="+25"/>
        <source>Show &amp;hidden</source>
        <translation>显示隐藏作业(&amp;H)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show &amp;Hidden Jobs</source>
        <translation>显示隐藏作业(&amp;H)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Show only deleted jobs; without this chip they are listed only with Show hidden</source>
        <translation>仅显示已删除的作业；未选中此项时，只有开启“显示隐藏作业”才会列出它们</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only %1 jobs (click several to combine)</source>
        <translation>仅显示%1的作业（可单击多个组合筛选）</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>All types</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Job type</source>
        <translation>作业类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also list deleted jobs and jobs the service marks as not visible</source>
        <translation>同时列出已删除的作业以及服务标记为不可见的作业</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search name, id, type, user… (Ctrl+F)</source>
        <translation>搜索名称、ID、类型、用户…（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search jobs</source>
        <translation>搜索作业</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 jobs</source>
        <translation>%1：%2 个作业</translation>
    </message>
</context>
<context>
    <name>liteops::ui::JobListPanel</name>
    <message>
        <location filename="../ui/console/job_list_panel.cpp" line="+45"/>
        <source>Jobs</source>
        <translation>作业</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Incomplete list</source>
        <translation>列表不完整</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>jobs</source>
        <translation>作业</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The job list could not be refreshed.</source>
        <translation>无法刷新作业列表。</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Offline — showing data as of %1</source>
        <translation>离线 — 显示截至 %1 的数据</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%1 of %n jobs shown</source>
        <translation>
            <numerusform>显示 %1 个，共 %n 个作业</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refreshing…</source>
        <translation>正在刷新…</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n deleted job(s) hidden</source>
        <translation>
            <numerusform>已隐藏 %n 个已删除的作业</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deleted jobs shown (Show hidden is on)</source>
        <translation>已显示已删除的作业（“显示隐藏作业”已开启）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted jobs shown (the Deleted chip is on)</source>
        <translation>已显示已删除的作业（“已删除”筛选已开启）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading jobs…</source>
        <translation>正在加载作业…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The job list appears here as soon as the service answers.</source>
        <translation>服务响应后，作业列表会显示在这里。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No jobs loaded</source>
        <translation>未加载作业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service could not be reached. Check the message above, then press Retry or F5.</source>
        <translation>无法连接服务。请查看上方的消息，然后按“重试”或 F5。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No job matches the filters</source>
        <translation>没有符合筛选条件的作业</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n job(s) are hidden by the state chips, type or search text.</source>
        <translation>
            <numerusform>%n 个作业被状态标签、类型或搜索文本隐藏。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No jobs yet</source>
        <translation>暂无作业</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create a job for a set of servers to see it here.</source>
        <translation>为一组服务器创建作业后，会在这里显示。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New job…</source>
        <translation>新建作业…</translation>
    </message>
</context>
<context>
    <name>liteops::ui::JobSummaryView</name>
    <message>
        <location filename="../ui/console/job_summary_view.cpp" line="+27"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>IEF</source>
        <translation>IEF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ServiceStage</source>
        <translation>ServiceStage</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Copy the job id</source>
        <translation>复制作业 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy job id</source>
        <translation>复制作业 ID</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Id:</source>
        <translation>ID：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated:</source>
        <translation>更新时间：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration:</source>
        <translation>耗时：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Item / parameter</source>
        <translation>作业项 / 参数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Job items</source>
        <translation>作业项</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>ServiceStage job</source>
        <translation>ServiceStage 作业</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (ServiceStage)</source>
        <translation>%1（ServiceStage）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (IEF)</source>
        <translation>%1（IEF）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 status: %2</source>
        <translation>%1 状态：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 so far</source>
        <translation>目前 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the service reports %1 tasks, %2 listed</source>
        <translation>服务报告 %1 个任务，列出了 %2 个</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed reported, %2 failed in the tasks</source>
        <translation>报告失败 %1 个，任务中失败 %2 个</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>abnormal count %1, %2 failed in the tasks</source>
        <translation>异常数 %1，任务中失败 %2 个</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts disagree: %1.</source>
        <translation>计数不一致：%1。</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n parameter(s)</source>
        <translation>
            <numerusform>%n 个参数</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liteops::ui::JobTypePage</name>
    <message>
        <location filename="../ui/wizard/jobtypepage.cpp" line="+25"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Job type</source>
        <translation>作业类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose what the job does. Templates come from the service; the built-in types are offered for anything they do not cover.</source>
        <translation>选择作业要执行的操作。模板来自服务；服务未覆盖的操作可使用内置类型。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore draft</source>
        <translation>恢复草稿</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flavor</source>
        <translation>规格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Loading the templates…</source>
        <translation>正在加载模板…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n template(s) from the service.</source>
        <translation>
            <numerusform>服务提供了 %n 个模板。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The templates could not be loaded (%1). The built-in types are shown instead.</source>
        <translation>无法加载模板（%1）。改为显示内置类型。</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>An unfinished job from %1 was found (%2, %n server(s), profile &quot;%3&quot;). Restore it?</source>
        <translation>
            <numerusform>发现一个 %1 未完成的作业（%2，%n 台服务器，配置“%3”）。要恢复吗？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select a type to see what it does.</source>
        <translation>选择一个类型以查看其作用。</translation>
    </message>
</context>
<context>
    <name>liteops::ui::LocalDataDialog</name>
    <message>
        <location filename="../ui/console/local_data_dialog.cpp" line="+26"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Local Data — %1</source>
        <translation>本地数据 — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local store is off.</source>
        <translation>本地存储已关闭。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holds:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep jobs for:</source>
        <translation>作业保留时长：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size limit:</source>
        <translation>大小上限：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older jobs, and the oldest jobs beyond the size limit, are forgotten on this computer only; the background sync fetches finished jobs within the same age.</source>
        <translation>更早的作业以及超出大小上限的最旧作业只会从本机删除；后台同步只获取同一时限内已完成的作业。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear Local Data…</source>
        <translation>清除本地数据…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing: the local store is off.</source>
        <translation>无：本地存储已关闭。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No jobs yet; %1 on disk.</source>
        <translation>尚无作业；磁盘占用 %1。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n job(s) (%1 finished in detail), %2 tasks, %3 servers; %4 on disk.
Jobs from %5 to %6. Last complete sync: %7.</source>
        <translation>
            <numerusform>%n 个作业（%1 个已完成并含详情），%2 个任务，%3 台服务器；磁盘占用 %4。
作业时间从 %5 到 %6。上次完整同步：%7。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liteops::ui::MainWindow</name>
    <message>
        <location filename="../ui/console/main_window.cpp" line="+77"/>
        <source>LiteOps</source>
        <translation>LiteOps</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Close the create-job window before switching connections.</source>
        <translation>切换连接前，请先关闭创建作业窗口。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the job list and the open job</source>
        <translation>重新加载作业列表和当前打开的作业</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Auto-refresh</source>
        <translation>自动刷新(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poll the list every 30 s and a running job every 5 s</source>
        <translation>每 30 秒轮询列表，每 5 秒轮询运行中的作业</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New Job…</source>
        <translation>新建作业(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a job for a set of servers</source>
        <translation>为一组服务器创建作业</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Job by Id…</source>
        <translation>按 ID 打开作业(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a ModelArts, ServiceStage or IEF job by its id</source>
        <translation>按 ID 打开 ModelArts、ServiceStage 或 IEF 作业</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the list that has focus</source>
        <translation>筛选当前有焦点的列表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy Ids</source>
        <translation>复制 ID(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the ids of the selected servers (or jobs)</source>
        <translation>复制选中服务器（或作业）的 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy &amp;Names</source>
        <translation>复制名称(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the names of the selected servers (or jobs)</source>
        <translation>复制选中服务器（或作业）的名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export Visible Rows…</source>
        <translation>导出可见行(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the rows shown (after filters) as CSV or JSON</source>
        <translation>将显示的行（筛选后）保存为 CSV 或 JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;run Failed Nodes…</source>
        <translation>重试失败节点(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the open job again on the servers that failed</source>
        <translation>在失败的服务器上重新运行当前作业</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete Jobs…</source>
        <translation>删除作业(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected jobs after confirmation</source>
        <translation>确认后删除选中的作业</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submission &amp;History</source>
        <translation>提交历史(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every job submitted from this computer</source>
        <translation>从本机提交的所有作业</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection &amp;Profiles…</source>
        <translation>连接配置(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add, edit or remove connection profiles</source>
        <translation>添加、编辑或删除连接配置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit LiteOps</source>
        <translation>退出 LiteOps</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connection:</source>
        <translation>连接：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection profile</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch between the local sandbox and your connection profiles</source>
        <translation>在本地沙箱和您的连接配置之间切换</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Local sandbox</source>
        <translation>本地沙箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulated cloud running inside LiteOps: nothing here touches a real account.</source>
        <translation>在 LiteOps 内运行的模拟云：这里的操作不会影响真实账号。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../ui/console/main_window_fleet.cpp" line="+44"/>
        <source>&amp;Jobs</source>
        <translation>作业(&amp;J)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;About LiteOps</source>
        <translation>关于 LiteOps(&amp;A)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Manage profiles…</source>
        <translation>管理配置…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>There is no connection profile named %1. Add it under Connection Profiles, or choose the local sandbox.</source>
        <translation>没有名为 %1 的连接配置。请在“连接配置”中添加，或选择本地沙箱。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The keychain could not be read.</source>
        <translation>无法读取钥匙串。</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Rerun Failed Nodes</source>
        <translation>重试失败节点</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n server(s) failed.</source>
        <translation>
            <numerusform>%n 台服务器失败。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Also rerun the %n skipped server(s)</source>
        <translation>
            <numerusform>同时重试 %n 台跳过的服务器</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete Jobs</source>
        <translation>删除作业</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n job(s)? This cannot be undone.</source>
        <translation>
            <numerusform>删除 %n 个作业？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The jobs could not be deleted.</source>
        <translation>无法删除这些作业。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n job(s) deleted.</source>
        <translation>
            <numerusform>已删除 %n 个作业。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Filtering tasks</source>
        <translation>正在筛选任务</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filtering jobs</source>
        <translation>正在筛选作业</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>Copied %n job name(s)</source>
        <translation>
            <numerusform>已复制 %n 个作业名称</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Export Servers</source>
        <translation>导出服务器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Jobs</source>
        <translation>导出作业</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export failed.</source>
        <translation>导出失败。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local sandbox at %1 (simulated cloud, signed requests)</source>
        <translation>本地沙箱 %1（模拟云，签名请求）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List updated %1</source>
        <translation>列表更新于 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>auto-refresh off</source>
        <translation>自动刷新已关闭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused while minimised</source>
        <translation>窗口最小化时暂停</translation>
    </message>
    <message>
        <location filename="../ui/console/main_window_local_data.cpp" line="+28"/>
        <source>C&amp;lear Local Data…</source>
        <translation>清除本地数据(&amp;L)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget the jobs and tasks kept on this computer for this connection</source>
        <translation>删除此连接保存在本机上的作业和任务</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop fetching job history; it goes on from here next time</source>
        <translation>停止获取作业历史；下次将从此处继续</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Fetching job history: %1 of %2</source>
        <translation>正在获取作业历史：%1 / %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Job history was not fetched: %1</source>
        <translation>未能获取作业历史：%1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>&amp;Local Data…</source>
        <translation>本地数据(&amp;L)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What this computer keeps for the connection, and for how long</source>
        <translation>本机为此连接保存哪些数据、保存多久</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Clear Local Data</source>
        <translation>清除本地数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget every job and task kept on this computer for %1? Nothing in the cloud changes; the data is fetched again as needed.</source>
        <translation>删除本机上为 %1 保存的所有作业和任务？云端不会有任何变化；需要时会重新获取数据。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Local data cleared.</source>
        <translation>本地数据已清除。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/console/main_window.cpp" line="-105"/>
        <source>Copied %n job id(s)</source>
        <translation>
            <numerusform>已复制 %n 个作业 ID</numerusform>
        </translation>
    </message>
    <message>
        <location line="-408"/>
        <source>&amp;Servers</source>
        <translation>服务器(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/console/main_window_fleet.cpp" line="+1"/>
        <source>&amp;Fleet</source>
        <translation>机群(&amp;F)</translation>
    </message>
</context>
<context>
    <name>liteops::ui::OpenJobDialog</name>
    <message>
        <location filename="../ui/console/open_job_dialog.cpp" line="+22"/>
        <source>ModelArts Lite Server</source>
        <translation>ModelArts Lite Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ServiceStage</source>
        <translation>ServiceStage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IEF batch job</source>
        <translation>IEF 批量作业</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>IEF &amp;instance id:</source>
        <translation>IEF 实例 ID(&amp;I)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open Job by Id</source>
        <translation>按 ID 打开作业</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>optional, for platinum edition instances</source>
        <translation>可选，用于铂金版实例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recently opened jobs</source>
        <translation>最近打开的作业</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Service:</source>
        <translation>服务(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job &amp;id:</source>
        <translation>作业 ID(&amp;I)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Recent:</source>
        <translation>最近(&amp;R)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> (instance %1)</source>
        <translation>（实例 %1）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Jobs you open appear here.</source>
        <translation>您打开过的作业会显示在这里。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 — %2 (sandbox sample)</source>
        <translation>%1 — %2（沙箱示例）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A job of the local sandbox: ServiceStage and IEF have no list call, so their ids are offered here.</source>
        <translation>本地沙箱中的作业：ServiceStage 和 IEF 没有列表接口，因此在这里提供它们的 ID。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Recognised a %1 job id: the service was switched to it.</source>
        <translation>识别出 %1 作业 ID：已切换到该服务。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Instance id: %1</source>
        <translation>实例 ID：%1</translation>
    </message>
</context>
<context>
    <name>liteops::ui::OptionsPage</name>
    <message>
        <location filename="../ui/wizard/optionspage.cpp" line="+45"/>
        <source>Reboot the servers after the job</source>
        <translation>作业完成后重启服务器</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the job and decide how the servers are sent.</source>
        <translation>为作业命名，并决定如何分批下发服务器。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Suggest</source>
        <translation>建议</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>&amp;Verify versions after each wave (HDK upgrade)</source>
        <translation>每批结束后验证版本（HDK 升级）(&amp;V)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>When ticked, each server restarts once its task has finished. Anything running on it stops. Needed for a new firmware to take effect.</source>
        <translation>勾选后，每台服务器在其任务完成后重启一次，其上运行的业务将停止。新固件需要重启才能生效。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Each job gets at most this many servers; the service accepts at most %1.</source>
        <translation>每个作业最多包含这么多台服务器；服务最多接受 %1 台。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How many jobs may run at the same time. A new wave starts when a running one has finished.</source>
        <translation>可同时运行的作业数。有作业结束后才会启动新的批次。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>no limit</source>
        <translation>不限制</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Servers per job (above)</source>
        <translation>每个作业的服务器数（见上）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All at once (waves of 50)</source>
        <translation>一次全部发送（每批 50 台）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canary: 1, then 50s</source>
        <translation>金丝雀：先 1 台，之后每批 50 台</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Waves</source>
        <translation>分批</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Progressive: 1, 5, 25%, 50</source>
        <translation>渐进：1、5、25%、50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Servers per job:</source>
        <translation>每个作业的服务器数(&amp;S)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waves &amp;in flight:</source>
        <translation>同时运行的批次(&amp;I)：</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>e.g. 1, 5, 25%, 50</source>
        <translation>例如 1, 5, 25%, 50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The size of each wave: a number of servers, or a percentage of all the selected servers (rounded down, at least 1). The last size repeats until every server is covered; no wave has more than %1.</source>
        <translation>每批的大小：服务器数量，或占所选全部服务器的百分比（向下取整，至少 1 台）。最后一个大小重复使用，直到覆盖所有服务器；每批不超过 %1 台。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>after</source>
        <translation>在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed tasks, or</source>
        <translation>个任务失败后，或</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>of the servers</source>
        <translation>的服务器失败后</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Never: go on while within the budget</source>
        <translation>从不：在预算内自动继续</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the first wave</source>
        <translation>第一批之后</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Stop &amp;sending</source>
        <translation>停止下发(&amp;S)</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>After every wave</source>
        <translation>每一批之后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait for you to press Continue (or Stop) once the wave has finished.</source>
        <translation>该批结束后，等待您按“继续”（或“停止”）。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Pause between waves:</source>
        <translation>批次间暂停(&amp;P)：</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>After each wave of an HDK upgrade, an HDK query on its succeeded servers checks that each reports the requested driver; a server that does not counts against the budget like a failed task.</source>
        <translation>HDK 升级的每批结束后，在其成功的服务器上运行 HDK 查询，检查每台服务器报告的驱动是否为所请求的版本；不符的服务器像失败任务一样计入预算。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wave &amp;plan:</source>
        <translation>批次计划(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wave si&amp;zes:</source>
        <translation>批次大小(&amp;Z)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause for &amp;approval:</source>
        <translation>暂停等待审批(&amp;A)：</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Servers per job</source>
        <translation>每个作业的服务器数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waves in flight</source>
        <translation>同时进行的批次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed tasks budget</source>
        <translation>失败任务上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed servers budget (%)</source>
        <translation>失败服务器上限（%）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause between waves</source>
        <translation>批次间暂停</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is %1 characters long; at most 64 are allowed.</source>
        <translation>名称长度为 %1 个字符；最多允许 64 个。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use only letters A-Z and a-z, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; (no spaces).</source>
        <translation>只能使用字母 A-Z 和 a-z、数字、“-”、“_”和“.”（不能有空格）。</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n 台服务器</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n job(s), one per wave</source>
        <translation>
            <numerusform>%n 个作业，每批一个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, named %1 … %2</source>
        <translation>，名称为 %1 … %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wave sizes: %1</source>
        <translation>各批大小：%1</translation>
    </message>
</context>
<context>
    <name>liteops::ui::ParametersPage</name>
    <message>
        <location filename="../ui/wizard/parameterspage.cpp" line="+51"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each item of the job with its parameters. Fields are checked as you type.</source>
        <translation>作业的每个作业项及其参数。输入时即进行校验。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add custom item</source>
        <translation>添加自定义作业项</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 (from the template)</source>
        <translation>%1（来自模板）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set by the template</source>
        <translation>由模板设定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The template does not show these parameters (or does not list them), but they are sent with the job with these values.</source>
        <translation>模板未显示这些参数（或未列出它们），但它们会以这些值随作业一起发送。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not a parameter of the template; kept from the job this one started from.</source>
        <translation>不是模板的参数；沿用自此作业所基于的作业。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Item %1</source>
        <translation>作业项 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add parameter</source>
        <translation>添加参数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove parameter</source>
        <translation>删除参数</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove item</source>
        <translation>删除作业项</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The type must be 1 to 64 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>类型必须为 1 到 64 个字母、数字、“-”、“_”或“.”。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row %1 has a value but no key.</source>
        <translation>第 %1 行有值但没有键。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key &quot;%1&quot; appears more than once.</source>
        <translation>键“%1”出现了多次。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A job needs at least one item.</source>
        <translation>作业至少需要一个作业项。</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n item(s), all valid.</source>
        <translation>
            <numerusform>%n 个作业项，全部有效。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s) to fix before going on.</source>
        <translation>
            <numerusform>继续之前需要修正 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Row %1, key: %2</source>
        <translation>第 %1 行，键：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row %1, value of &quot;%2&quot;: %3</source>
        <translation>第 %1 行，“%2”的值：%3</translation>
    </message>
</context>
<context>
    <name>liteops::ui::ProfilesDialog</name>
    <message>
        <location filename="../ui/console/profiles_dialog.cpp" line="+426"/>
        <source>stored in the keychain; type to replace</source>
        <translation>已保存在钥匙串中；输入新值可替换</translation>
    </message>
    <message>
        <location line="-345"/>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection Profiles</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Profiles</source>
        <translation>配置</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>AK/SK (signed requests)</source>
        <translation>AK/SK（签名请求）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IAM user and password</source>
        <translation>IAM 用户名和密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IAM token</source>
        <translation>IAM 令牌</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The id of the project for this region, in the Huawei Cloud console under My Credentials › API Credentials › Projects (&lt;a href=&quot;%1&quot;&gt;open My Credentials&lt;/a&gt;).</source>
        <translation>此区域的项目 ID，位于华为云控制台的“我的凭证 › API 凭证 › 项目列表”中（&lt;a href=&quot;%1&quot;&gt;打开我的凭证&lt;/a&gt;）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Access key (AK):</source>
        <translation>访问密钥 AK(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Secret key (SK):</source>
        <translation>秘密访问密钥 SK(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security token:</source>
        <translation>安全令牌：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IAM &amp;user:</source>
        <translation>IAM 用户(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account (&amp;domain):</source>
        <translation>账号名(&amp;D)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Token:</source>
        <translation>令牌(&amp;T)：</translation>
    </message>
    <message>
        <location line="+443"/>
        <source>Testing ModelArts, ServiceStage, IEF and IAM…</source>
        <translation>正在测试 ModelArts、ServiceStage、IEF 和 IAM…</translation>
    </message>
    <message>
        <location line="-551"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Project id:</source>
        <translation>项目 ID(&amp;P)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Endpoints (empty: derived from the region)</source>
        <translation>终端节点（留空：根据区域生成）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ModelArts:</source>
        <translation>ModelArts：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ServiceStage:</source>
        <translation>ServiceStage：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IEF:</source>
        <translation>IEF：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IAM:</source>
        <translation>IAM：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication</source>
        <translation>认证</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Private CA bundle:</source>
        <translation>私有 CA 证书包：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;imeout:</source>
        <translation>超时(&amp;I)：</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>new-profile</source>
        <translation>new-profile</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fill in the profile and press Save.</source>
        <translation>填写配置后按“保存”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Private CA Bundle</source>
        <translation>私有 CA 证书包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>PEM 文件 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No profiles yet: press Add, or keep using the local sandbox.</source>
        <translation>暂无配置：按“添加”，或继续使用本地沙箱。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>not offered in this region: give an endpoint to use one</source>
        <translation>此区域未提供：如需使用，请填写终端节点</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not offered in %1 according to the official SDKs: %2. Give an endpoint below if you have one.</source>
        <translation>根据官方 SDK，%1 未提供：%2。如有可用的终端节点，请在下方填写。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not in the official SDKs&apos; region table: every endpoint is derived as https://SERVICE.%1.myhuaweicloud.com.</source>
        <translation>%1 不在官方 SDK 的区域表中：所有终端节点均按 https://SERVICE.%1.myhuaweicloud.com 推导。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>kept for this session only; type to replace</source>
        <translation>仅在本次会话中保留；输入以替换</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>The profile was saved, but the secret could not be stored: %1</source>
        <translation>配置已保存，但无法保存密钥：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved profile %1.</source>
        <translation>已保存配置 %1。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove Profile</source>
        <translation>删除配置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the profile %1 and its stored secrets?</source>
        <translation>删除配置 %1 及其保存的密钥？</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>The region must be a region id such as cn-north-4: lowercase letters, digits and &apos;-&apos;.</source>
        <translation>区域必须是区域 ID（如 cn-north-4）：小写字母、数字和“-”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ModelArts</source>
        <translation>ModelArts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ServiceStage</source>
        <translation>ServiceStage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IEF</source>
        <translation>IEF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IAM</source>
        <translation>IAM</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The %1 endpoint must be an http(s) URL with a host, such as https://modelarts.cn-north-4.myhuaweicloud.com.</source>
        <translation>%1 终端节点必须是带主机名的 http(s) URL，例如 https://modelarts.cn-north-4.myhuaweicloud.com。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The project id</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The access key (AK) must be at most %1 letters and digits.</source>
        <translation>访问密钥（AK）最多 %1 个字母和数字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret key (SK) must be at most %1 printable ASCII characters without spaces.</source>
        <translation>秘密访问密钥（SK）最多 %1 个可打印 ASCII 字符，且不能包含空格。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The security token must be at most %1 printable ASCII characters without spaces.</source>
        <translation>安全令牌最多 %1 个可打印 ASCII 字符，且不能包含空格。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IAM user: %1</source>
        <translation>IAM 用户：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password: %1</source>
        <translation>密码：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account (domain): %1</source>
        <translation>账号（域）：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token must be at most %1 printable ASCII characters without spaces.</source>
        <translation>令牌最多 %1 个可打印 ASCII 字符，且不能包含空格。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The private CA bundle is not a readable file.</source>
        <translation>私有 CA 证书包不是可读取的文件。</translation>
    </message>
</context>
<context>
    <name>liteops::ui::RangeSpinBox</name>
    <message>
        <location filename="../ui/wizard/rangespinbox.cpp" line="+50"/>
        <source>The value stays %1.</source>
        <translation>值保持为 %1。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is refused: the value must be from %2 to %3.</source>
        <translation>%1 被拒绝：值必须在 %2 到 %3 之间。</translation>
    </message>
</context>
<context>
    <name>liteops::ui::ReviewPage</name>
    <message>
        <location filename="../ui/wizard/reviewpage.cpp" line="+26"/>
        <source>Review</source>
        <translation>预览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check what will be sent. Each wave is one job; its request body is shown exactly as it will be sent.</source>
        <translation>检查将要发送的内容。每批为一个作业；请求体与实际发送的完全一致。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Submit</source>
        <translation>提交(&amp;S)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Indent for reading</source>
        <translation>缩进显示(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only changes the display: the request is sent, and copied, as the compact bytes shown without indentation.</source>
        <translation>仅影响显示：发送和复制的都是未缩进的紧凑字节。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy this request</source>
        <translation>复制此请求</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy all requests</source>
        <translation>复制全部请求</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One request body per line (JSON lines)</source>
        <translation>每行一个请求体（JSON Lines）</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Job type %1, %n item(s).</source>
        <translation>
            <numerusform>作业类型 %1，%n 个作业项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n 台服务器</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n job(s) in %n wave(s) of at most %1 servers.</source>
        <translation>
            <numerusform>%n 个作业，分 %n 批，每批最多 %1 台服务器。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n wave(s) in flight at a time; a new wave starts when a running job has finished.</source>
        <translation>
            <numerusform>同时运行 %n 批；有作业结束后才启动新的批次。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pause between waves: %1 s.</source>
        <translation>批次间暂停：%1 秒。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n failed task(s)</source>
        <translation>
            <numerusform>%n 个任务失败</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1% of the servers failed</source>
        <translation>%1% 的服务器失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No error budget: every wave is sent whatever fails.</source>
        <translation>无错误预算：无论失败多少，所有批次都会下发。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop sending after %1.</source>
        <translation>出现%1后停止下发。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The servers reboot after their task.</source>
        <translation>服务器在任务完成后重启。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The servers are not rebooted.</source>
        <translation>服务器不重启。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Warning: %n selected server(s) are not RUNNING.</source>
        <translation>
            <numerusform>警告：%n 台选中的服务器不是 RUNNING 状态。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Wave %1: %2 (%n server(s))</source>
        <translation>
            <numerusform>第 %1 批：%2（%n 台服务器）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liteops::ui::ServerActionDialog</name>
    <message>
        <location filename="../ui/console/server_action_dialog.cpp" line="+25"/>
        <source>%1 — never re-sent: check the server&apos;s status before acting again.</source>
        <translation>%1 — 不会重新发送：再次操作前请检查服务器状态。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent.</source>
        <translation>未发送。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Start Servers</source>
        <translation>启动服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop Servers</source>
        <translation>停止服务器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reboot Servers</source>
        <translation>重启服务器</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Request id: %1</source>
        <translation>请求ID：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1: %2 of %n server(s) answered…</source>
        <translation>
            <numerusform>%1：%n 台服务器中已有 %2 台应答…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 succeeded, %2 refused, %3 unknown.</source>
        <translation>%1 台成功，%2 台被拒绝，%3 台结果未知。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A call whose outcome is unknown may have reached the service; it was not sent again.</source>
        <translation>结果未知的调用可能已到达服务；它不会被再次发送。</translation>
    </message>
</context>
<context>
    <name>liteops::ui::ServerActions</name>
    <message>
        <location filename="../ui/console/server_actions.cpp" line="+75"/>
        <source>New Job on These Servers…</source>
        <translation>在这些服务器上新建作业…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the create-job wizard with the selected servers as its targets</source>
        <translation>打开创建作业向导，以所选服务器为目标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rerun on These Servers…</source>
        <translation>在这些服务器上重新运行…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat the open job (same items and parameters) on the selected servers</source>
        <translation>在所选服务器上重复当前作业（相同的任务项和参数）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy Server Ids</source>
        <translation>复制服务器 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the ids of the selected servers, one per line</source>
        <translation>复制所选服务器的 ID，每行一个</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy Server Names</source>
        <translation>复制服务器名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the names of the selected servers, one per line</source>
        <translation>复制所选服务器的名称，每行一个</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export These Rows…</source>
        <translation>导出这些行…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the tasks of the selected servers as CSV or JSON</source>
        <translation>将所选服务器的任务保存为 CSV 或 JSON</translation>
    </message>
    <message numerus="yes">
        <location line="+114"/>
        <source>Copied %n server name(s)</source>
        <translation>
            <numerusform>已复制 %n 个服务器名称</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Copied %n server id(s)</source>
        <translation>
            <numerusform>已复制 %n 个服务器 ID</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export Selected Servers</source>
        <translation>导出所选服务器</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The export failed.</source>
        <translation>导出失败。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>已导出 %n 行到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liteops::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/console/shortcuts_dialog.cpp" line="+62"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>liteops::ui::StateBadge</name>
    <message>
        <location filename="../ui/common/state_badge.cpp" line="+35"/>
        <source>Status reported by the service: %1</source>
        <translation>服务上报的状态：%1</translation>
    </message>
</context>
<context>
    <name>liteops::ui::StateIconDelegate</name>
    <message>
        <location filename="../ui/common/state_delegate.cpp" line="+43"/>
        <source>Status reported by the service: %1</source>
        <translation>服务上报的状态：%1</translation>
    </message>
</context>
<context>
    <name>liteops::ui::SubmitPage</name>
    <message>
        <location filename="../ui/wizard/submitpage.cpp" line="+32"/>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the name</source>
        <translation>正在检查名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating…</source>
        <translation>正在创建…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throttled, waiting</source>
        <translation>被限流，等待中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer: checking</source>
        <translation>无响应：正在确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not created</source>
        <translation>未创建</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Verifying the driver</source>
        <translation>正在验证驱动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome unknown</source>
        <translation>结果未知</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+192"/>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>&amp;Open the created jobs</source>
        <translation>打开已创建的作业(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the created jobs in the console when I close this</source>
        <translation>关闭时在控制台中打开已创建的作业</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The waves are sent one job at a time per slot. Stop halts before the next wave; jobs already created keep running.</source>
        <translation>每个并发槽位一次发送一个作业。“停止”会在下一批之前停止；已创建的作业会继续运行。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wave</source>
        <translation>批次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Job id</source>
        <translation>作业 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks (ok / failed / skipped / total)</source>
        <translation>任务（成功 / 失败 / 跳过 / 总数）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click a created job to open it in the console.</source>
        <translation>双击已创建的作业，即可在控制台中打开。</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Nothing to submit.</source>
        <translation>没有要提交的内容。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>verified %1, mismatched %2</source>
        <translation>已验证 %1，不符 %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not started.</source>
        <translation>未开始。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitting: %1 of %2 jobs created, %3 finished.</source>
        <translation>正在提交：已创建 %1/%2 个作业，已结束 %3 个。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopping after the creates in flight…</source>
        <translation>正在等待发送中的创建请求完成后停止…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped by you: %1 of %2 jobs created. Resume continues.</source>
        <translation>已由您停止：已创建 %1/%2 个作业。可继续执行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Halted: %1</source>
        <translation>已中止：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Done: %n job(s) created, every wave finished.</source>
        <translation>
            <numerusform>完成：已创建 %n 个作业，所有批次均已结束。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for you at the gate: %1. Continue sends the next wave; Stop ends the run here (it can be continued later from Submission History).</source>
        <translation>在关卡处等待您的确认：%1。“继续”发送下一批；“停止”在此结束运行（之后可在“提交历史”中继续）。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n task(s) failed so far.</source>
        <translation>
            <numerusform>目前已有 %n 个任务失败。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Continue</source>
        <translation>继续下一批(&amp;C)</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
</context>
<context>
    <name>liteops::ui::TargetsPage</name>
    <message>
        <location filename="../ui/wizard/targetspage.cpp" line="+69"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Target servers</source>
        <translation>目标服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the servers the job runs on, or paste or import a list of ids or names.</source>
        <translation>勾选作业要运行的服务器，或粘贴、导入 ID 或名称列表。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Search name, id or IP</source>
        <translation>搜索名称、ID 或 IP</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Select all visible</source>
        <translation>全选可见项</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear visible</source>
        <translation>清除可见项</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear selection</source>
        <translation>清除选择</translation>
    </message>
    <message numerus="yes">
        <location line="-97"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 等另外 %n 台</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove these</source>
        <translation>移除这些</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Untick the selected servers that are not RUNNING</source>
        <translation>取消勾选非 RUNNING 状态的已选服务器</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>One server id, name or private IP per line, or CSV with an id or name column</source>
        <translation>每行一个服务器 ID、名称或私有 IP，或包含 ID 或名称列的 CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add listed servers</source>
        <translation>添加列出的服务器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import file…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import servers</source>
        <translation>导入服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server lists (*.csv *.txt);;All files (*)</source>
        <translation>服务器列表 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paste or import</source>
        <translation>粘贴或导入</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Loading the servers…</source>
        <translation>正在加载服务器…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n server(s) in this project.</source>
        <translation>
            <numerusform>此项目中有 %n 台服务器。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The servers could not be loaded: %1</source>
        <translation>无法加载服务器：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Any status</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any flavor</source>
        <translation>所有规格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any category</source>
        <translation>所有类别</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n server(s) selected</source>
        <translation>
            <numerusform>已选择 %n 台服务器</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n selected server(s) are not RUNNING: their tasks will probably fail or be skipped: %1</source>
        <translation>
            <numerusform>%n 台选中的服务器不是 RUNNING 状态，其任务很可能失败或被跳过：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The template %1 is for %2 servers; %n selected server(s) are of another flavor: %3</source>
        <translation>
            <numerusform>模板 %1 适用于 %2 服务器；%n 台选中的服务器属于其他规格：%3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No entries found: put one server id, name or private IP per line.</source>
        <translation>未找到条目：请每行填写一个服务器 ID、名称或私有 IP。</translation>
    </message>
    <message numerus="yes">
        <location line="-15"/>
        <source>%n selected id(s) are not in the server list (removed?): %1</source>
        <translation>
            <numerusform>%n 个选中的 ID 不在服务器列表中（已删除？）：%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server list is not loaded yet, so the entries cannot be checked. Wait for it or press Retry.</source>
        <translation>服务器列表尚未加载，无法检查这些条目。请等待加载完成或按“重试”。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1 entries read: %2. %n newly selected.</source>
        <translation>
            <numerusform>读取了 %1 个条目：%2。新选中 %n 台。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is larger than 16 MiB; that is not a server list.</source>
        <translation>%1 大于 16 MiB，不是服务器列表。</translation>
    </message>
</context>
<context>
    <name>liteops::ui::TaskPanel</name>
    <message>
        <location filename="../ui/console/task_panel.cpp" line="+89"/>
        <source>Group by state</source>
        <translation>按状态分组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group by error</source>
        <translation>按错误分组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No grouping</source>
        <translation>不分组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task grouping</source>
        <translation>任务分组</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Filter servers, ids, messages…</source>
        <translation>筛选服务器、ID、消息…</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Filter steps, ids, messages…</source>
        <translation>筛选步骤、ID、消息…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter nodes, ids, messages…</source>
        <translation>筛选节点、ID、消息…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy the ids of the selected steps</source>
        <translation>复制所选步骤的 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the ids of the selected nodes</source>
        <translation>复制所选节点的 ID</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Filter tasks</source>
        <translation>筛选任务</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Select a task to read its full message here.</source>
        <translation>选择一个任务，在这里查看其完整消息。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full task message</source>
        <translation>完整任务消息</translation>
    </message>
    <message>
        <location line="+215"/>
        <source>Example message: %1</source>
        <translation>示例消息：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Select the group and press Ctrl+C to copy its %n node id(s).</source>
        <translation>
            <numerusform>选中该分组并按 Ctrl+C，即可复制其 %n 个节点 ID。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Select the group and press Ctrl+C to copy its %n server id(s).</source>
        <translation>
            <numerusform>选中该分组并按 Ctrl+C，即可复制其 %n 个服务器 ID。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) — %3</source>
        <translation>%1（%2）— %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no message)</source>
        <translation>（无消息）</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Copy the ids of the selected servers</source>
        <translation>复制所选服务器的 ID</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the tasks shown (after the filter) as CSV or JSON</source>
        <translation>将显示的任务（筛选后）保存为 CSV 或 JSON</translation>
    </message>
    <message numerus="yes">
        <location line="+147"/>
        <source>%n task(s) hidden by the filter — &lt;a href=&quot;clear&quot;&gt;Clear&lt;/a&gt;</source>
        <translation>
            <numerusform>筛选隐藏了 %n 个任务 — &lt;a href=&quot;clear&quot;&gt;清除&lt;/a&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liteops::ui::TaskProgressBar</name>
    <message>
        <location filename="../ui/console/task_progress_bar.cpp" line="+63"/>
        <source>Task progress</source>
        <translation>任务进度</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No tasks reported yet.</source>
        <translation>尚未上报任务。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 succeeded</source>
        <translation>成功 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 failed</source>
        <translation>失败 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 skipped</source>
        <translation>跳过 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 running</source>
        <translation>运行中 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 pending</source>
        <translation>等待中 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cancelled</source>
        <translation>已取消 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 other</source>
        <translation>其他 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 of %n steps done</source>
        <translation>
            <numerusform>%n 个步骤中已完成 %1 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n nodes done</source>
        <translation>
            <numerusform>%n 个节点中已完成 %1 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n servers done</source>
        <translation>
            <numerusform>%n 台服务器中已完成 %1 台</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liteops::ui::TrayNotifier</name>
    <message>
        <location filename="../ui/console/tray_notifier.cpp" line="+14"/>
        <source>LiteOps</source>
        <translation>LiteOps</translation>
    </message>
</context>
<context>
    <name>liteops::ui::VersionDriftChart</name>
    <message>
        <location filename="../ui/console/version_drift_chart.cpp" line="+27"/>
        <source>Servers per version chart</source>
        <translation>各版本服务器数图表</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>firmware %1</source>
        <translation>固件 %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+32"/>
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Driver %1, firmware %2: %n server(s)</source>
        <translation>
            <numerusform>驱动 %1，固件 %2：%n 台服务器</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liteops::ui::VersionDriftPanel</name>
    <message>
        <location filename="../ui/console/version_drift_panel.cpp" line="+26"/>
        <source>Versions per server</source>
        <translation>各服务器版本</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click a row to select those servers in the task list</source>
        <translation>单击某一行，即可在任务列表中选中这些服务器</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No versions reported</source>
        <translation>未上报版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Query jobs (HDK_QUERY) report driver and firmware versions; they are compared here.</source>
        <translation>查询作业（HDK_QUERY）会上报驱动和固件版本，并在这里进行比较。</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Fleet target driver %1: %n of %2 server(s) with a version are on it.</source>
        <translation>
            <numerusform>集群目标驱动 %1：%2 台有版本的服务器中有 %n 台使用该版本。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No job open</source>
        <translation>未打开作业</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a query job to compare driver and firmware versions.</source>
        <translation>打开一个查询作业，比较驱动和固件版本。</translation>
    </message>
</context>
</TS>
