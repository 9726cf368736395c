# AWS EU (Frankfurt) (aws-euc1)

data "aws_availability_zones" "aws_euc1" {
  provider = aws.aws_euc1
  state    = "available"
}

resource "aws_vpc" "aws_euc1" {
  provider             = aws.aws_euc1
  cidr_block           = var.aws_euc1_cidr
  enable_dns_support   = true
  enable_dns_hostnames = true
  tags = {
    Name                = "AWS EU (Frankfurt)"
    "netstudio:element" = "aws-euc1"
  }
}

resource "aws_subnet" "aws_euc1_mgmt" {
  provider   = aws.aws_euc1
  vpc_id     = aws_vpc.aws_euc1.id
  cidr_block = var.aws_euc1_subnet_cidrs["mgmt"]
  tags = {
    Name                = "AWS EU (Frankfurt) mgmt"
    "netstudio:element" = "mgmt"
  }
}

resource "aws_subnet" "aws_euc1_clinical" {
  provider   = aws.aws_euc1
  vpc_id     = aws_vpc.aws_euc1.id
  cidr_block = var.aws_euc1_subnet_cidrs["clinical"]
  tags = {
    Name                = "AWS EU (Frankfurt) clinical"
    "netstudio:element" = "clinical"
  }
}

resource "aws_subnet" "aws_euc1_records" {
  provider   = aws.aws_euc1
  vpc_id     = aws_vpc.aws_euc1.id
  cidr_block = var.aws_euc1_subnet_cidrs["records"]
  tags = {
    Name                = "AWS EU (Frankfurt) records"
    "netstudio:element" = "records"
  }
}

resource "aws_subnet" "aws_euc1_staff" {
  provider   = aws.aws_euc1
  vpc_id     = aws_vpc.aws_euc1.id
  cidr_block = var.aws_euc1_subnet_cidrs["staff"]
  tags = {
    Name                = "AWS EU (Frankfurt) staff"
    "netstudio:element" = "staff"
  }
}

resource "aws_subnet" "aws_euc1_tgw_0" {
  provider          = aws.aws_euc1
  vpc_id            = aws_vpc.aws_euc1.id
  cidr_block        = cidrsubnet(var.aws_euc1_transit_cidr, 5, 0)
  availability_zone = data.aws_availability_zones.aws_euc1.names[0]
  tags = {
    Name                = "AWS EU (Frankfurt) TGW attachment 1"
    "netstudio:element" = "aws-euc1"
  }
}

resource "aws_subnet" "aws_euc1_tgw_1" {
  provider          = aws.aws_euc1
  vpc_id            = aws_vpc.aws_euc1.id
  cidr_block        = cidrsubnet(var.aws_euc1_transit_cidr, 5, 1)
  availability_zone = data.aws_availability_zones.aws_euc1.names[1]
  tags = {
    Name                = "AWS EU (Frankfurt) TGW attachment 2"
    "netstudio:element" = "aws-euc1"
  }
}

resource "aws_ec2_transit_gateway" "aws_euc1" {
  provider                        = aws.aws_euc1
  description                     = "AWS EU (Frankfurt) transit gateway"
  amazon_side_asn                 = var.aws_euc1_asn
  default_route_table_association = "enable"
  default_route_table_propagation = "enable"
  vpn_ecmp_support                = "enable"
  tags = {
    Name                = "AWS EU (Frankfurt) TGW"
    "netstudio:element" = "aws-euc1"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "aws_euc1" {
  provider           = aws.aws_euc1
  transit_gateway_id = aws_ec2_transit_gateway.aws_euc1.id
  vpc_id             = aws_vpc.aws_euc1.id
  subnet_ids         = [aws_subnet.aws_euc1_tgw_0.id, aws_subnet.aws_euc1_tgw_1.id]
  tags = {
    Name                = "AWS EU (Frankfurt) VPC attachment"
    "netstudio:element" = "aws-euc1"
  }
}

resource "aws_route" "aws_euc1_to_hub_fra" {
  provider               = aws.aws_euc1
  route_table_id         = aws_vpc.aws_euc1.main_route_table_id
  destination_cidr_block = var.hub_fra_cidr
  transit_gateway_id     = aws_ec2_transit_gateway.aws_euc1.id
  depends_on             = [aws_ec2_transit_gateway_vpc_attachment.aws_euc1]
}

resource "aws_route" "aws_euc1_to_aws_euw3" {
  provider               = aws.aws_euc1
  route_table_id         = aws_vpc.aws_euc1.main_route_table_id
  destination_cidr_block = var.aws_euw3_cidr
  transit_gateway_id     = aws_ec2_transit_gateway.aws_euc1.id
  depends_on             = [aws_ec2_transit_gateway_vpc_attachment.aws_euc1]
}

# AWS EU (Paris) (aws-euw3)

data "aws_availability_zones" "aws_euw3" {
  provider = aws.aws_euw3
  state    = "available"
}

resource "aws_vpc" "aws_euw3" {
  provider             = aws.aws_euw3
  cidr_block           = var.aws_euw3_cidr
  enable_dns_support   = true
  enable_dns_hostnames = true
  tags = {
    Name                = "AWS EU (Paris)"
    "netstudio:element" = "aws-euw3"
  }
}

resource "aws_subnet" "aws_euw3_mgmt" {
  provider   = aws.aws_euw3
  vpc_id     = aws_vpc.aws_euw3.id
  cidr_block = var.aws_euw3_subnet_cidrs["mgmt"]
  tags = {
    Name                = "AWS EU (Paris) mgmt"
    "netstudio:element" = "mgmt"
  }
}

resource "aws_subnet" "aws_euw3_clinical" {
  provider   = aws.aws_euw3
  vpc_id     = aws_vpc.aws_euw3.id
  cidr_block = var.aws_euw3_subnet_cidrs["clinical"]
  tags = {
    Name                = "AWS EU (Paris) clinical"
    "netstudio:element" = "clinical"
  }
}

resource "aws_subnet" "aws_euw3_records" {
  provider   = aws.aws_euw3
  vpc_id     = aws_vpc.aws_euw3.id
  cidr_block = var.aws_euw3_subnet_cidrs["records"]
  tags = {
    Name                = "AWS EU (Paris) records"
    "netstudio:element" = "records"
  }
}

resource "aws_subnet" "aws_euw3_staff" {
  provider   = aws.aws_euw3
  vpc_id     = aws_vpc.aws_euw3.id
  cidr_block = var.aws_euw3_subnet_cidrs["staff"]
  tags = {
    Name                = "AWS EU (Paris) staff"
    "netstudio:element" = "staff"
  }
}

resource "aws_subnet" "aws_euw3_tgw_0" {
  provider          = aws.aws_euw3
  vpc_id            = aws_vpc.aws_euw3.id
  cidr_block        = cidrsubnet(var.aws_euw3_transit_cidr, 5, 0)
  availability_zone = data.aws_availability_zones.aws_euw3.names[0]
  tags = {
    Name                = "AWS EU (Paris) TGW attachment 1"
    "netstudio:element" = "aws-euw3"
  }
}

resource "aws_subnet" "aws_euw3_tgw_1" {
  provider          = aws.aws_euw3
  vpc_id            = aws_vpc.aws_euw3.id
  cidr_block        = cidrsubnet(var.aws_euw3_transit_cidr, 5, 1)
  availability_zone = data.aws_availability_zones.aws_euw3.names[1]
  tags = {
    Name                = "AWS EU (Paris) TGW attachment 2"
    "netstudio:element" = "aws-euw3"
  }
}

resource "aws_ec2_transit_gateway" "aws_euw3" {
  provider                        = aws.aws_euw3
  description                     = "AWS EU (Paris) transit gateway"
  amazon_side_asn                 = var.aws_euw3_asn
  default_route_table_association = "enable"
  default_route_table_propagation = "enable"
  vpn_ecmp_support                = "enable"
  tags = {
    Name                = "AWS EU (Paris) TGW"
    "netstudio:element" = "aws-euw3"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "aws_euw3" {
  provider           = aws.aws_euw3
  transit_gateway_id = aws_ec2_transit_gateway.aws_euw3.id
  vpc_id             = aws_vpc.aws_euw3.id
  subnet_ids         = [aws_subnet.aws_euw3_tgw_0.id, aws_subnet.aws_euw3_tgw_1.id]
  tags = {
    Name                = "AWS EU (Paris) VPC attachment"
    "netstudio:element" = "aws-euw3"
  }
}

resource "aws_route" "aws_euw3_to_hub_ams" {
  provider               = aws.aws_euw3
  route_table_id         = aws_vpc.aws_euw3.main_route_table_id
  destination_cidr_block = var.hub_ams_cidr
  transit_gateway_id     = aws_ec2_transit_gateway.aws_euw3.id
  depends_on             = [aws_ec2_transit_gateway_vpc_attachment.aws_euw3]
}

resource "aws_route" "aws_euw3_to_aws_euc1" {
  provider               = aws.aws_euw3
  route_table_id         = aws_vpc.aws_euw3.main_route_table_id
  destination_cidr_block = var.aws_euc1_cidr
  transit_gateway_id     = aws_ec2_transit_gateway.aws_euw3.id
  depends_on             = [aws_ec2_transit_gateway_vpc_attachment.aws_euw3]
}

# fra-dx: Direct Connect from aws-euc1 to hub-fra

resource "aws_dx_gateway" "fra_dx_aws_euc1" {
  provider        = aws.aws_euc1
  name            = "ns-fra-dx-aws-euc1"
  amazon_side_asn = tostring(var.aws_euc1_asn)
}

resource "aws_dx_gateway_association" "fra_dx_aws_euc1" {
  provider              = aws.aws_euc1
  dx_gateway_id         = aws_dx_gateway.fra_dx_aws_euc1.id
  associated_gateway_id = aws_ec2_transit_gateway.aws_euc1.id
  allowed_prefixes      = [var.aws_euc1_cidr]
}

resource "aws_dx_transit_virtual_interface" "fra_dx_aws_euc1" {
  provider         = aws.aws_euc1
  connection_id    = var.fra_dx_dx_connection_id
  dx_gateway_id    = aws_dx_gateway.fra_dx_aws_euc1.id
  name             = "fra-dx"
  vlan             = var.fra_dx_vlan
  address_family   = "ipv4"
  bgp_asn          = var.hub_fra_asn
  amazon_address   = "169.254.124.153/30"
  customer_address = "169.254.124.154/30"
  bgp_auth_key     = var.fra_dx_bgp_auth_key
  tags = {
    Name                = "fra-dx"
    "netstudio:element" = "fra-dx"
  }
}

# ams-dx: Direct Connect from aws-euw3 to hub-ams

resource "aws_dx_gateway" "ams_dx_aws_euw3" {
  provider        = aws.aws_euw3
  name            = "ns-ams-dx-aws-euw3"
  amazon_side_asn = tostring(var.aws_euw3_asn)
}

resource "aws_dx_gateway_association" "ams_dx_aws_euw3" {
  provider              = aws.aws_euw3
  dx_gateway_id         = aws_dx_gateway.ams_dx_aws_euw3.id
  associated_gateway_id = aws_ec2_transit_gateway.aws_euw3.id
  allowed_prefixes      = [var.aws_euw3_cidr]
}

resource "aws_dx_transit_virtual_interface" "ams_dx_aws_euw3" {
  provider         = aws.aws_euw3
  connection_id    = var.ams_dx_dx_connection_id
  dx_gateway_id    = aws_dx_gateway.ams_dx_aws_euw3.id
  name             = "ams-dx"
  vlan             = var.ams_dx_vlan
  address_family   = "ipv4"
  bgp_asn          = var.hub_ams_asn
  amazon_address   = "169.254.120.25/30"
  customer_address = "169.254.120.26/30"
  bgp_auth_key     = var.ams_dx_bgp_auth_key
  tags = {
    Name                = "ams-dx"
    "netstudio:element" = "ams-dx"
  }
}

# aws-peer-fra-par: TGW peering aws-euc1 -> aws-euw3

resource "aws_ec2_transit_gateway_peering_attachment" "aws_peer_fra_par" {
  provider                = aws.aws_euc1
  transit_gateway_id      = aws_ec2_transit_gateway.aws_euc1.id
  peer_transit_gateway_id = aws_ec2_transit_gateway.aws_euw3.id
  peer_region             = "eu-west-3"
  tags = {
    Name                = "aws-peer-fra-par"
    "netstudio:element" = "aws-peer-fra-par"
  }
}

resource "aws_ec2_transit_gateway_peering_attachment_accepter" "aws_peer_fra_par" {
  provider                      = aws.aws_euw3
  transit_gateway_attachment_id = aws_ec2_transit_gateway_peering_attachment.aws_peer_fra_par.id
  tags = {
    Name                = "aws-peer-fra-par"
    "netstudio:element" = "aws-peer-fra-par"
  }
}

resource "aws_ec2_transit_gateway_route" "aws_peer_fra_par_aws_euc1" {
  provider                       = aws.aws_euc1
  destination_cidr_block         = var.aws_euw3_cidr
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment.aws_peer_fra_par.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway.aws_euc1.association_default_route_table_id
  depends_on                     = [aws_ec2_transit_gateway_peering_attachment_accepter.aws_peer_fra_par]
}

resource "aws_ec2_transit_gateway_route" "aws_peer_fra_par_aws_euw3" {
  provider                       = aws.aws_euw3
  destination_cidr_block         = var.aws_euc1_cidr
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment.aws_peer_fra_par.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway.aws_euw3.association_default_route_table_id
  depends_on                     = [aws_ec2_transit_gateway_peering_attachment_accepter.aws_peer_fra_par]
}

# Electronic health records (ehr): DNS latency records

resource "aws_route53_health_check" "ehr_aws_euc1" {
  provider          = aws.aws_euc1
  fqdn              = var.ehr_aws_euc1_endpoint
  port              = 443
  type              = "HTTPS"
  resource_path     = "/health"
  request_interval  = 10
  failure_threshold = 3
  tags = {
    Name                = "Electronic health records in AWS EU (Frankfurt)"
    "netstudio:element" = "ehr"
  }
}

resource "aws_route53_record" "ehr_aws_euc1" {
  provider        = aws.aws_euc1
  zone_id         = var.route53_zone_id
  name            = var.ehr_record_name
  type            = "CNAME"
  ttl             = 60
  records         = [var.ehr_aws_euc1_endpoint]
  set_identifier  = "aws-euc1"
  health_check_id = aws_route53_health_check.ehr_aws_euc1.id

  latency_routing_policy {
    region = "eu-central-1"
  }
}

resource "aws_route53_health_check" "ehr_aws_euw3" {
  provider          = aws.aws_euc1
  fqdn              = var.ehr_aws_euw3_endpoint
  port              = 443
  type              = "HTTPS"
  resource_path     = "/health"
  request_interval  = 10
  failure_threshold = 3
  tags = {
    Name                = "Electronic health records in AWS EU (Paris)"
    "netstudio:element" = "ehr"
  }
}

resource "aws_route53_record" "ehr_aws_euw3" {
  provider        = aws.aws_euc1
  zone_id         = var.route53_zone_id
  name            = var.ehr_record_name
  type            = "CNAME"
  ttl             = 60
  records         = [var.ehr_aws_euw3_endpoint]
  set_identifier  = "aws-euw3"
  health_check_id = aws_route53_health_check.ehr_aws_euw3.id

  latency_routing_policy {
    region = "eu-west-3"
  }
}
