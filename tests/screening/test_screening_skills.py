"""Skill matching: canonical names, aliases, misspellings and the guards against ordinary words."""

from __future__ import annotations

import pytest

from recruiter_kit.screening.results import ScreeningResult
from recruiter_kit.screening.screener import Screener
from recruiter_kit.screening.taxonomy import Taxonomy


def screen(screener: Screener, text: str) -> ScreeningResult:
    result = screener.screen_bytes(text.encode(), "resume.txt")
    assert result.status == "ok", result.error
    return result


def names(result: ScreeningResult) -> set[str]:
    return {hit.name for hit in result.skills}


def test_aliases_give_canonical_names(screener: Screener) -> None:
    result = screen(screener, "Skills\nPostgres, k8s, Golang, NodeJS, Mongo, ECS/Fargate, CI/CD\n")
    assert {
        "PostgreSQL",
        "Kubernetes",
        "Go",
        "Node.js",
        "MongoDB",
        "Amazon ECS",
        "AWS Fargate",
        "CI/CD",
    } <= names(result)
    categories = {hit.name: hit.category for hit in result.skills}
    assert categories["PostgreSQL"] == "datastores" and categories["Kubernetes"] == "infrastructure"


def test_go_is_not_read_from_ordinary_words(screener: Screener) -> None:
    text = (
        "Summary\nI am going to go over the plan. (Go team!) Let's go.\n"
        "Experience\nWe had a good year going forward.\n"
    )
    assert "Go" not in names(screen(screener, text))


def test_go_in_skills_or_as_a_language_in_prose(screener: Screener) -> None:
    assert "Go" in names(screen(screener, "Skills\nGo, Rust\n"))
    assert "Go" in names(
        screen(screener, "Experience\n• Rewrote the billing services in Go and Python\n")
    )


def test_java_is_not_read_from_javascript(screener: Screener) -> None:
    found = names(screen(screener, "Experience\n• Built the admin screens in JavaScript\n"))
    assert "JavaScript" in found and "Java" not in found


def test_rust_is_not_read_from_trust(screener: Screener) -> None:
    found = names(
        screen(screener, "Summary\nEarned the trust of customers; Trust and safety team lead.\n")
    )
    assert "Rust" not in found


def test_r_and_c_only_in_a_skills_context(screener: Screener) -> None:
    prose = screen(
        screener, "Experience\nSeries C startup; Plan B and R. Smith led the C-level review.\n"
    )
    assert not {"R", "C"} & names(prose)
    listed = screen(screener, "Skills\nLanguages: R, C, Python\n")
    assert {"R", "C"} <= names(listed)
    paired = screen(screener, "Experience\n• Wrote the drivers in C and C++\n")
    assert {"C", "C++"} <= names(paired)


def test_company_names_and_places_are_not_skills(screener: Screener) -> None:
    found = names(
        screen(screener, "Experience\nAnalyst at Oracle, based in Hong Kong; Spring 2014 intern.\n")
    )
    assert not {"Oracle Database", "Kong", "Spring"} & found


def test_misspellings_in_a_skills_list(screener: Screener) -> None:
    found = names(screen(screener, "Skills\nKubernates, Elasticsearh, Postgress, Javascipt\n"))
    assert {"Kubernetes", "Elasticsearch", "PostgreSQL", "JavaScript"} <= found


def test_near_misses_in_prose_are_ordinary_words(screener: Screener) -> None:
    text = "Experience\n• Collected feedback from containers of documents and documented it\n"
    assert not {"collectd", "containerd", "Amazon DocumentDB"} & names(screen(screener, text))


def test_node_implies_javascript_with_the_same_evidence(screener: Screener) -> None:
    result = screen(screener, "Experience\n• Built API microservices in Node.js Koa\n")
    javascript = next(hit for hit in result.skills if hit.name == "JavaScript")
    assert javascript.evidenced
    assert javascript.evidence[0].line == "• Built API microservices in Node.js Koa"


def test_listed_versus_evidenced(screener: Screener) -> None:
    text = (
        "Experience\n• Tuned PostgreSQL indexes for the order service\n"
        "Skills\nPostgreSQL, Redis, Terraform\n"
    )
    result = screen(screener, text)
    by_name = {hit.name: hit for hit in result.skills}
    assert by_name["PostgreSQL"].evidenced and not by_name["Redis"].evidenced
    assert by_name["PostgreSQL"].evidence[0].section == "experience"
    assert by_name["Redis"].evidence[0].section == "skills"


def test_evidence_lines_are_lines_of_the_text(screener: Screener) -> None:
    result = screen(
        screener, "Experience\n• Ran Kafka and RabbitMQ\n  for the events team\nSkills\nAWS | GCP\n"
    )
    text_lines = result.text.split("\n")
    for hit in result.skills:
        for evidence in hit.evidence:
            assert text_lines[evidence.line_number] == evidence.line


def test_blockers_and_ab_testing(screener: Screener) -> None:
    found = names(screen(screener, "Experience\n• Ran A/B testing for the R&D group\n"))
    assert not {"R", "Test-driven development"} & found


def test_canonical_lookup() -> None:
    taxonomy = Taxonomy.load()
    assert taxonomy.canonical("k8s") == "Kubernetes"
    assert taxonomy.canonical("AWS EKS") == "Amazon EKS"
    assert taxonomy.canonical("postgres") == "PostgreSQL"
    assert taxonomy.canonical("Not A Skill") is None


def test_taxonomy_from_custom_data() -> None:
    data = {
        "categories": {"languages": "Languages"},
        "skills": [{"name": "Zed", "category": "languages", "aliases": ["Zedlang"]}],
    }
    result = Screener(taxonomy=Taxonomy.load(data)).screen_bytes(b"Skills\nZedlang\n", "a.txt")
    assert [hit.name for hit in result.skills] == ["Zed"]


def test_shipped_taxonomy_is_consistent() -> None:
    taxonomy = Taxonomy.load()
    for key, forms in taxonomy.index.items():
        skills = {form.skill.name for form in forms if form.skill is not None}
        assert len(skills) <= 1, f"{' '.join(key)!r} names {sorted(skills)}"
    for skill in taxonomy.skills.values():
        assert skill.category in taxonomy.categories, skill.name
        assert all(name in taxonomy.skills for name in skill.implies), skill.name
        assert skill.part_of is None or skill.part_of in taxonomy.skills, skill.name


def test_a_blocker_for_ordinary_words_never_hides_an_acronym(screener: Screener) -> None:
    acronym = screen(screener, "Experience\n- Designed the REST API for merchant payouts\n")
    assert "REST" in names(acronym)
    assert [hit.evidenced for hit in acronym.skills if hit.name == "REST"] == [True]
    ordinary = screen(
        screener, "Experience\n- Helped the rest of the team; data encrypted at rest\n"
    )
    assert "REST" not in names(ordinary)


def test_real_words_next_to_a_skill_name_are_not_misspellings(screener: Screener) -> None:
    text = (
        "Experience\n"
        "• Designed, built, and documented services that linked billing, invoicing, payments\n"
        "• Contained costs, cut latency, gating checks, vertical, horizontal\n"
        "Skills\nFoundation, Semaphore, Preston\n"
    )
    found = names(screen(screener, text))
    for product in ("Linkerd", "Amazon DocumentDB", "containerd", "Gatling", "Vertica"):
        assert product not in found
    assert not {"FoundationDB", "Semaphore CI", "Presto"} & found


def test_misspellings_in_a_skills_list_are_still_caught(screener: Screener) -> None:
    found = names(screen(screener, "Skills\nKuberentes, Elasticsaerch, Casandra, Cockroach\n"))
    assert {"Kubernetes", "Elasticsearch", "Apache Cassandra", "CockroachDB"} <= found


def test_misspellings_are_remembered_within_bounds(monkeypatch: pytest.MonkeyPatch) -> None:
    from recruiter_kit.screening import skills

    matcher = skills.SkillMatcher(Taxonomy.load())
    words = ["postgresq", "grafanna", "university"]
    first = {word: skill.name for word, skill in matcher.misspellings(words).items()}
    assert first == {"postgresq": "PostgreSQL", "grafanna": "Grafana"}
    # The next resume asks again and gets the same answer.
    assert {word: skill.name for word, skill in matcher.misspellings(words).items()} == first
    monkeypatch.setattr(skills, "_TYPO_MEMORY", 4)
    later = matcher.misspellings(["elasticsaerch", "casandra", "mongodbb"])
    assert {skill.name for skill in later.values()} == {
        "Elasticsearch",
        "Apache Cassandra",
        "MongoDB",
    }
    assert len(matcher._typos) <= 4


def test_a_sentence_with_commas_is_not_read_for_misspellings(screener: Screener) -> None:
    text = (
        "Experience\n"
        "• Moved billing, invoicing and the customer reports onto the new Elasticsaerch "
        "clusters, which took two quarters of careful work\n"
    )
    assert "Elasticsearch" not in names(screen(screener, text))


def test_the_candidates_own_name_is_not_a_skill(screener: Screener) -> None:
    text = "Ana Jenkins\nana.jenkins@example.com\n\nSkills\nPython, Docker\n"
    result = screen(screener, text)
    assert result.contact.name == "Ana Jenkins"
    assert "Jenkins" not in names(result)
    with_tool = text + "Experience\n• Ran the Jenkins pipelines for twelve services\n"
    assert "Jenkins" in names(screen(screener, with_tool))


def test_two_context_words_side_by_side_do_not_vouch_for_each_other(screener: Screener) -> None:
    found = names(screen(screener, "Interests\nJulia Chef, a friend who taught me to cook\n"))
    assert not {"Julia", "Chef"} & found
    assert {"Go", "Python"} <= names(screen(screener, "Experience\n• Wrote Go and Python\n"))


def test_kind_the_word_is_not_kind_the_tool(screener: Screener) -> None:
    assert "kind" not in names(
        screen(screener, "Summary\nI enjoy any kind of backend work, of every kind.\n")
    )
    assert "kind" in names(screen(screener, "Experience\n• Tested Helm charts on kind clusters\n"))


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("Experience\nPostman, Royal Mail, 2012 - 2015\n• Delivered letters on time\n", "Postman"),
        ("Summary\nThe outage was only the tip of the Iceberg, as we learnt.\n", "Apache Iceberg"),
        ("Experience\n• Carried the torch for code review across teams\n", "PyTorch"),
    ],
)
def test_job_titles_and_idioms_are_not_tools(screener: Screener, text: str, product: str) -> None:
    assert product not in names(screen(screener, text))


def test_tools_named_as_tools_are_still_found(screener: Screener) -> None:
    text = (
        "Experience\n• Tested the public API with Postman\n"
        "• Stored event history in Iceberg tables on S3\n"
        "Skills\ntorch, numpy\n"
    )
    assert {"Postman", "Apache Iceberg", "PyTorch"} <= names(screen(screener, text))


@pytest.mark.parametrize(
    ("bullet", "language"),
    [
        ("Migrated the API from Python to Go", "Go"),
        ("Led the Go rewrite of the gateway", "Go"),
        ("Optimised hot paths in Go, cutting p99 by 40%", "Go"),
        ("Rewrote the parser in Rust for a 3x speed-up", "Rust"),
    ],
)
def test_languages_named_in_ordinary_bullet_phrasing(
    screener: Screener, bullet: str, language: str
) -> None:
    assert language in names(screen(screener, f"Experience\n• {bullet}\n"))


def test_a_region_named_after_a_language_is_not_one(screener: Screener) -> None:
    text = "Experience\n• Built trust with customers across Rust Belt states\n"
    assert "Rust" not in names(screen(screener, text))


def test_tools_named_like_common_words_need_a_skills_context(screener: Screener) -> None:
    assert {"Flux CD", "Drone CI", "Fastly"} <= names(
        screen(screener, "Skills\nFlux, Drone, Fastly\n")
    )
    prose = "Summary\nI thrive in a state of flux and once flew a drone for a survey.\n"
    assert not {"Flux CD", "Drone CI"} & names(screen(screener, prose))


def test_azure_key_vault_is_not_hashicorp_vault(screener: Screener) -> None:
    listed = names(screen(screener, "Skills\nAzure Functions, Azure Key Vault, Cosmos DB\n"))
    assert "Azure Key Vault" in listed and "HashiCorp Vault" not in listed
    prose = names(screen(screener, "Experience\n• Kept the API secrets in Key Vault\n"))
    assert "Azure Key Vault" in prose and "HashiCorp Vault" not in prose
    assert "HashiCorp Vault" in names(screen(screener, "Skills\nVault, Consul, Terraform\n"))


def test_service_bus_is_azure_but_an_enterprise_service_bus_is_not(screener: Screener) -> None:
    text = "Experience\n• Built order services using Functions, Service Bus and Cosmos DB\n"
    assert "Azure Service Bus" in names(screen(screener, text))
    for pattern in (
        "Experience\n• Replaced the enterprise service bus (ESB) with Kafka topics\n",
        "Experience\n• Designed an Enterprise Service Bus for the billing systems\n",
    ):
        assert "Azure Service Bus" not in names(screen(screener, pattern))


@pytest.mark.parametrize("form", ["Function Apps", "Function App", "Azure Function Apps"])
def test_function_apps_are_azure_functions(screener: Screener, form: str) -> None:
    text = f"Experience\n• Deployed the importers to Microsoft Azure as {form}\n"
    assert "Azure Functions" in names(screen(screener, text))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Apigee, TIBCO EMS, KEDA", {"Apigee", "TIBCO EMS", "KEDA"}),
        ("Mnesia, LXC, PCF", {"Mnesia", "LXC", "Cloud Foundry"}),
        ("TIBCO Enterprise Message Service, Pivotal Cloud Foundry", {"TIBCO EMS", "Cloud Foundry"}),
    ],
)
def test_gateways_brokers_and_container_tools(
    screener: Screener, line: str, expected: set[str]
) -> None:
    assert expected <= names(screen(screener, f"Skills\n{line}\n"))


def test_pcf_and_keda_only_as_written_by_their_makers(screener: Screener) -> None:
    found = names(screen(screener, "Interests\nHiking with Keda; our pcf scores\n"))
    assert not {"KEDA", "Cloud Foundry"} & found


def test_hudson_the_ci_server_but_not_the_name_or_the_river(screener: Screener) -> None:
    text = "Experience\n• Ran nightly builds with Maven, Ant and Hudson\n"
    assert "Hudson" in names(screen(screener, text))
    for other in (
        "Experience\n• Reported to Dana Hudson, head of the platform group\n",
        "Experience\nHudson River Trading, New York; built CI with Jenkins\n",
        "Summary\nBased in the Hudson Valley, happy to travel.\n",
    ):
        assert "Hudson" not in names(screen(screener, other))


@pytest.mark.parametrize(
    ("bullet", "language"),
    [
        ("Wrote PL/pgSQL functions for the ledger", "PL/pgSQL"),
        ("Moved the triggers to plpgsql", "PL/pgSQL"),
        ("Wrote custom Kusto queries for the alerts", "KQL"),
        ("Built KQL dashboards for the on-call team", "KQL"),
        ("Scripted the level editor in GDScript", "GDScript"),
        ("Wrote the radar firmware in C and Ada95", "Ada"),
        ("Maintained the guidance code in Ada 95", "Ada"),
    ],
)
def test_query_and_scripting_languages(screener: Screener, bullet: str, language: str) -> None:
    assert language in names(screen(screener, f"Experience\n• {bullet}\n"))


def test_plpgsql_is_a_postgresql_language_not_plsql(screener: Screener) -> None:
    found = names(screen(screener, "Experience\n• Wrote PL/pgSQL functions for the ledger\n"))
    assert "PostgreSQL" in found and "PL/SQL" not in found


def test_microsoft_sentinel_by_either_name(screener: Screener) -> None:
    text = "Experience\n• Watched the network with Azure Sentinel, later Microsoft Sentinel\n"
    assert "Microsoft Sentinel" in names(screen(screener, text))
    redis = names(screen(screener, "Experience\n• Ran Redis Sentinel for failover\n"))
    assert "Microsoft Sentinel" not in redis


def test_open_stack_is_openstack(screener: Screener) -> None:
    assert "OpenStack" in names(screen(screener, "Skills\nOpen Stack, Ceph, KVM\n"))


def test_fastai_is_not_fastapi(screener: Screener) -> None:
    found = names(screen(screener, "Skills\nPyTorch, fastai, NumPy\n"))
    assert "PyTorch" in found and "FastAPI" not in found


def test_prisma_security_scanners_are_not_the_prisma_orm(screener: Screener) -> None:
    text = "Experience\n• Gated releases on Prisma Cloud checks and Prisma container scans\n"
    assert "Prisma" not in names(screen(screener, text))
    orm = names(screen(screener, "Experience\n• Built the data layer with Prisma and PostgreSQL\n"))
    assert "Prisma" in orm


def test_parts_spelt_out_beside_their_stack_count_as_the_stack(screener: Screener) -> None:
    result = screen(
        screener,
        "Experience\n• Ran an ELK stack (Elasticsearch, Logstash, Kibana) for service logs\n"
        "• Built Kibana dashboards for the payments team\n",
    )
    found = names(result)
    assert {"Elastic Stack", "Elasticsearch", "Kibana"} <= found
    assert "Logstash" not in found
    kibana = next(hit for hit in result.skills if hit.name == "Kibana")
    # Kibana is a skill of its own from the line that names it alone, not from the stack's list.
    assert [e.line for e in kibana.evidence] == ["• Built Kibana dashboards for the payments team"]


def test_a_part_named_alone_is_its_own_skill(screener: Screener) -> None:
    assert {"Kibana", "Logstash"} <= names(screen(screener, "Skills\nLogstash, Kibana, Grafana\n"))


def first_evidence(result: ScreeningResult, name: str) -> str:
    return next(hit.evidence[0].line for hit in result.skills if hit.name == name)


def test_a_name_wrapped_at_the_margin_is_read_whole(screener: Screener) -> None:
    result = screen(
        screener,
        "Experience\n"
        "• Moved the ledger and the payment workers to Google Cloud\n"
        "Platform, rewriting the settlement jobs as Java and Spring\n"
        "Boot services behind one gateway; reports moved to Microsoft SQL\n"
        "Server.\n",
    )
    found = names(result)
    assert {"Google Cloud", "Spring Boot", "Microsoft SQL Server"} <= found
    # The parts give way to the whole name, as when it is written on one line.
    assert "SQL" not in found and "Spring" not in found
    assert first_evidence(result, "Spring Boot").endswith("as Java and Spring")
    assert all(hit.evidenced for hit in result.skills if hit.name == "Spring Boot")


def test_a_skills_list_wrapped_in_a_narrow_column(screener: Screener) -> None:
    result = screen(screener, "Skills\nDocker, Terraform, GitHub\nActions, Kafka\n")
    found = names(result)
    assert "GitHub Actions" in found and "GitHub" not in found
    assert first_evidence(result, "GitHub Actions") == "Docker, Terraform, GitHub"


@pytest.mark.parametrize(
    "text",
    [
        # The line above ends a sentence or an item: the next one starts afresh.
        "Experience\n• Built the order service with Java and Spring.\nBoot time fell by half.\n",
        "Skills\nDocker, Terraform, GitHub,\nActions taken on every alert: paging.\n",
        # A new bullet below is a new item.
        "Experience\n• Built the order service with Java and Spring\n• Boot time fell by half\n",
        # A short label over a list did not wrap.
        "Skills\nSpring\nBoot camps taught: 3\n",
    ],
)
def test_a_name_is_not_joined_across_a_line_that_did_not_wrap(
    screener: Screener, text: str
) -> None:
    assert "Spring Boot" not in names(screen(screener, text))
    assert "GitHub Actions" not in names(screen(screener, text))


def test_a_wrapped_sentence_gives_context_across_its_lines(screener: Screener) -> None:
    # A PDF cuts prose at the margin; the strict names keep the context the sentence
    # gives them on one line, and their evidence stays on the line they are written on.
    result = screen(
        screener,
        "Experience\n"
        "• Broadened the team's reach by picking up technologies such as Go,\n"
        "Elasticsearch and Gulp for the search rebuild\n"
        "• Ran infrastructure as code on Terraform with reviews in GitHub Actions,\n"
        "Atlantis and a policy gate on every change\n"
        "• Moved every deployment to pipelines built with Docker and\n"
        "Helm charts, cutting release time by 40%\n",
    )
    found = names(result)
    assert {"Go", "Atlantis", "Helm"} <= found
    assert first_evidence(result, "Go").endswith("such as Go,")
    assert first_evidence(result, "Atlantis").startswith("Atlantis and a policy gate")
    assert all(hit.evidenced for hit in result.skills if hit.name in ("Go", "Atlantis"))


@pytest.mark.parametrize(
    "text",
    [
        # A bullet that ends without a full stop, above the next job's header: no wrap.
        "Experience\n"
        "• Moved the card payments to REST and gRPC services fed by Kafka events\n"
        "Express Freight | Senior Developer | 2018 - 2020\n",
        # A new bullet below starts a new item, whatever the line above ends with.
        "Experience\n"
        "• Moved the card payments to REST and gRPC services fed by Kafka, plus\n"
        "• Express Freight partnership reporting\n",
    ],
)
def test_context_does_not_cross_a_line_that_did_not_wrap(screener: Screener, text: str) -> None:
    assert "Express" not in names(screen(screener, text))


def _under_a_job(screener: Screener, bullet: str) -> set[str]:
    return names(
        screen(screener, f"Jane Roe\nExperience\nVolunteer, Town Hall 2019 - 2021\n{bullet}\n")
    )


@pytest.mark.parametrize(
    "bullet",
    [
        # Everyday words that are also tools' names, in resumes of other trades.
        "• Helped the support team react quickly to customer complaints",
        "• Designed an angular logo and a drizzle effect for the poster",
        "• Taught yoga, bicep curls and camel pose to 30 clients",
        "• Knitted yarn scarves for the charity drive",
        "• Trained staff to hibernate laptops and keep the hive tidy",
        "• Served as sentry at the gate; a maven of local history",
        "• Spoke at the thrift store about pandas and mongoose habitats",
        "• Built a seasonal menu around celery root and spring lamb",
        "• Coordinated the crane crews and the spanner crews on site",
        # Names that are someone else's before they are a tool's.
        "• Paired every dish with a Pinot Noir or a Pinot Grigio",
        "• Organised exhibitions on Franz Kafka and the history of La Scala",
        "• Flew the F-14 Tomcat as a naval aviator",
    ],
)
def test_everyday_words_and_other_names_are_no_skills(screener: Screener, bullet: str) -> None:
    assert _under_a_job(screener, bullet) == set()


@pytest.mark.parametrize(
    ("bullet", "skill"),
    [
        # In lower case, the words that go with a tool still name it.
        ("• Built react hooks for the dashboard", "React"),
        ("• Wrote the service in python with flask, celery and redis", "Celery"),
        ("• Deployed the billing services on azure", "Azure"),
        ("• Managed hive tables for reporting", "Apache Hive"),
        ("• Sped up maven builds by 40%", "Maven"),
        # Written as the maker writes it, anywhere.
        ("• Moved the dashboard to React", "React"),
    ],
)
def test_everyday_words_in_a_tools_context_still_name_the_tool(
    screener: Screener, bullet: str, skill: str
) -> None:
    assert skill in _under_a_job(screener, bullet)


def test_a_lower_case_skills_list_names_its_tools(screener: Screener) -> None:
    found = names(screen(screener, "Skills\nreact, angular, flask, celery, hive, maven, yarn\n"))
    assert {"React", "Angular", "Flask", "Celery", "Apache Hive", "Maven"} <= found


def test_a_company_vouches_for_no_name_beside_it(screener: Screener) -> None:
    # "Rancher Supply Co." is an employer, so it cannot make the list "Shell, Chevron
    # and ..." a list of skills; Shell stays the oil company.
    text = "Experience\n• Managed accounts with Shell, Chevron and Rancher Supply Co.\n"
    assert names(screen(screener, text)) == set()


@pytest.mark.parametrize(
    ("bullet", "expected"),
    [
        # Jenkins is a surname as often as a CI server: it needs a skills context.
        ("• Reported to Sarah Jenkins, VP of Sales", set()),
        ("• Configured Jenkins pipelines for 40 services", {"Jenkins"}),
        ("• Streamlined beta releases with git and Jenkins", {"Git", "Jenkins"}),
        # A name given its context vouches for the next one: Helm by "with", then Jenkins.
        ("• Shipped every service with Helm and Jenkins", {"Helm", "Jenkins"}),
    ],
)
def test_a_name_joined_to_a_skill_is_one(
    screener: Screener, bullet: str, expected: set[str]
) -> None:
    assert _under_a_job(screener, bullet) == expected
