terraform {
  required_version = ">= 1.5.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 6.25"
    }
  }
}

provider "aws" {
  alias  = "aws_use1"
  region = "us-east-1"

  default_tags {
    tags = {
      ManagedBy = "netstudio"
      Design    = "Multi-cloud full mesh"
    }
  }
}

provider "aws" {
  alias  = "aws_euw1"
  region = "eu-west-1"

  default_tags {
    tags = {
      ManagedBy = "netstudio"
      Design    = "Multi-cloud full mesh"
    }
  }
}

provider "aws" {
  alias  = "aws_apse1"
  region = "ap-southeast-1"

  default_tags {
    tags = {
      ManagedBy = "netstudio"
      Design    = "Multi-cloud full mesh"
    }
  }
}

provider "aws" {
  alias  = "global_accelerator"
  region = "us-west-2"
}
