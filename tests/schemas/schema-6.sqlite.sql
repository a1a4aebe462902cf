-- benchboard schema 6 (sqlite), as `Base.metadata.create_all` of schema 6 creates it

CREATE TABLE benchmarks (
	name VARCHAR(64) NOT NULL, 
	core BOOLEAN NOT NULL, 
	higher_is_better BOOLEAN NOT NULL, 
	range_min FLOAT NOT NULL, 
	range_max FLOAT NOT NULL, 
	scale FLOAT NOT NULL, 
	variant_of VARCHAR(64), 
	metrics VARCHAR(256) NOT NULL, 
	description TEXT NOT NULL, 
	PRIMARY KEY (name)
);

CREATE TABLE meta (
	"key" VARCHAR(64) NOT NULL, 
	value VARCHAR(256) NOT NULL, 
	PRIMARY KEY ("key")
);

CREATE TABLE models (
	id INTEGER NOT NULL, 
	"key" VARCHAR(256) NOT NULL, 
	name VARCHAR(256) NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE ("key")
);

CREATE TABLE papers (
	id INTEGER NOT NULL, 
	abstract_key VARCHAR(40) NOT NULL, 
	arxiv_id VARCHAR(32), 
	title TEXT, 
	date DATE, 
	comments TEXT, 
	abstract TEXT NOT NULL, 
	own_system VARCHAR(256), 
	extractor_version VARCHAR(32), 
	PRIMARY KEY (id), 
	UNIQUE (arxiv_id)
);

CREATE INDEX ix_papers_abstract_key ON papers (abstract_key);

CREATE INDEX ix_papers_date ON papers (date);

CREATE TABLE sources (
	id INTEGER NOT NULL, 
	path VARCHAR(1024) NOT NULL, 
	name VARCHAR(512) NOT NULL, 
	sha256 VARCHAR(64) NOT NULL, 
	size INTEGER NOT NULL, 
	fmt VARCHAR(8) NOT NULL, 
	n_papers INTEGER NOT NULL, 
	extractor_version VARCHAR(32) NOT NULL, 
	ingested_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (path)
);

CREATE TABLE paper_sources (
	id INTEGER NOT NULL, 
	paper_id INTEGER NOT NULL, 
	source_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	fmt VARCHAR(8) NOT NULL, 
	abstract_key VARCHAR(40), 
	abstract TEXT, 
	arxiv_id VARCHAR(32), 
	title TEXT, 
	created DATE, 
	comments TEXT, 
	PRIMARY KEY (id), 
	UNIQUE (paper_id, source_id, position), 
	FOREIGN KEY(paper_id) REFERENCES papers (id) ON DELETE CASCADE, 
	FOREIGN KEY(source_id) REFERENCES sources (id) ON DELETE CASCADE
);

CREATE INDEX ix_paper_sources_abstract_key ON paper_sources (abstract_key);

CREATE INDEX ix_paper_sources_paper_id ON paper_sources (paper_id);

CREATE INDEX ix_paper_sources_source_id ON paper_sources (source_id);

CREATE TABLE results (
	id INTEGER NOT NULL, 
	paper_id INTEGER NOT NULL, 
	benchmark VARCHAR(64) NOT NULL, 
	model_id INTEGER, 
	model VARCHAR(256), 
	model_key VARCHAR(256), 
	system VARCHAR(256), 
	backbone VARCHAR(256), 
	metric VARCHAR(64), 
	value FLOAT NOT NULL, 
	value_min FLOAT, 
	value_norm FLOAT NOT NULL, 
	unit VARCHAR(8), 
	kind VARCHAR(8) NOT NULL, 
	qualifier VARCHAR(32), 
	role VARCHAR(16) NOT NULL, 
	setting VARCHAR(128), 
	scope VARCHAR(8) NOT NULL, 
	relative BOOLEAN NOT NULL, 
	evidence TEXT NOT NULL, 
	start INTEGER NOT NULL, 
	"end" INTEGER NOT NULL, 
	value_start INTEGER NOT NULL, 
	value_end INTEGER NOT NULL, 
	paper_date DATE, 
	how_linked VARCHAR(64), 
	how_named VARCHAR(64), 
	extractor_version VARCHAR(32) NOT NULL, 
	source VARCHAR(8) DEFAULT 'abstract' NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(paper_id) REFERENCES papers (id) ON DELETE CASCADE, 
	FOREIGN KEY(benchmark) REFERENCES benchmarks (name), 
	FOREIGN KEY(model_id) REFERENCES models (id)
);

CREATE INDEX ix_results_dated ON results (benchmark, kind, paper_date, value_norm, metric, role, value, model_id, paper_id, scope, setting, value_min, relative);

CREATE INDEX ix_results_leaderboard ON results (benchmark, kind, model_key, paper_id, value_norm, metric, role, scope, setting, value_min, relative);

CREATE INDEX ix_results_model ON results (model_id, kind, benchmark, metric, setting, value_norm, role, paper_date, value, paper_id, scope, value_min, relative);

CREATE INDEX ix_results_paper ON results (paper_id, benchmark, kind, paper_date, value_norm, metric, role, value, model_id, scope);
